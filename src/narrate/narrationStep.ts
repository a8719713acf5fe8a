import type { SimTime } from '../model/time.js';
import type { GlossaryEntry } from './glossary.js';

/**
 * What a narration step tells: the run's setting, a scenario event, a theater level change, a
 * request or decision (refusals apart), a rule's handover moving on, a transfer or return of
 * command, a national constraint broken, a coordination body changing, friction, engagement, and
 * the closing summary.
 */
export type NarrationKind =
  | 'intro'
  | 'event'
  | 'level'
  | 'request'
  | 'decision'
  | 'refusal'
  | 'rule'
  | 'transfer'
  | 'return'
  | 'support'
  | 'constraint'
  | 'coordination'
  | 'friction'
  | 'engagement'
  | 'end';

/**
 * One step of a narrated walk-through: a few plain sentences a student can follow without the
 * report, citing where the rule or body behind it comes from.
 */
export interface NarrationStep {
  /** The instant the step describes. */
  readonly t: SimTime;
  /** First and last `seq` of the records the step covers (equal for a single record). */
  readonly seq: readonly [number, number];
  readonly kind: NarrationKind;
  readonly text: string;
  /** The citation of the rule, body, authority or event behind the step. */
  readonly source?: string;
  /** The explicit modelling assumption behind the step, when no public source gives it. */
  readonly assumption?: string;
  /** Terms this step uses for the first time in the walk-through, with their explanation. */
  readonly terms?: readonly GlossaryEntry[];
}
