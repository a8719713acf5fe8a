import type { Condition } from './condition.js';
import type { Design, AuthorityId, BodyId, DecisionMode, MovableRelationship } from './design.js';
import type { Distribution } from './distribution.js';
import type { Force, ForceSelector, HqId, NationId } from './force.js';
import type { LevelName, Scalar, TheaterInitial } from './theater.js';
import type { SimTime } from './time.js';

/** A place in an input file, kept from parsing so later errors can point at it. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** When a timeline event fires. */
export type Trigger =
  | { readonly kind: 'at'; readonly time: SimTime }
  /** `delay` after another event fired (never, if that one never fires). */
  | { readonly kind: 'after'; readonly event: string; readonly delay: Distribution }
  /** `delay` after the condition first holds (checked at the start and on every change). */
  | { readonly kind: 'when'; readonly condition: Condition; readonly delay: Distribution };

/** What a timeline event does. */
export type Action =
  /** Propose a new theater level; gates of the design may require approvals first. */
  | { readonly kind: 'set-level'; readonly level: LevelName; readonly value: Scalar }
  | { readonly kind: 'set-fact'; readonly name: string; readonly value: Scalar }
  /** A provocation, clash or attack; `engaged` forces count as engaged from now on. */
  | { readonly kind: 'hostile-act'; readonly by: NationId; readonly against: readonly NationId[]; readonly description: string; readonly engaged: ForceSelector | undefined }
  | { readonly kind: 'engage'; readonly forces: ForceSelector; readonly engaged: boolean }
  /** Sets the probability an authority approves subjects matching `subject` (`*` matches any suffix). */
  | { readonly kind: 'stance'; readonly authority: AuthorityId; readonly subject: string; readonly approve: number }
  /** A political decision asked of authorities; its outcome is readable as `decision.SUBJECT`. */
  | { readonly kind: 'request'; readonly subject: string; readonly decision: string; readonly authorities: readonly AuthorityId[]; readonly mode: DecisionMode; readonly deadline: Distribution }
  | { readonly kind: 'body'; readonly body: BodyId; readonly command: 'activate' | 'stand-down' }
  /** Only narrates (a public statement, a meeting): no effect on the model. */
  | { readonly kind: 'note' };

export interface TimelineEvent {
  readonly id: string;
  readonly label: string;
  readonly trigger: Trigger;
  /** Probability the event happens at all (drawn once per run). */
  readonly chance: number;
  /** Extra random delay added to the trigger time. */
  readonly jitter: Distribution;
  readonly action: Action;
  readonly source?: string;
  readonly assumption?: string;
  readonly position?: SourcePosition;
}

/** An `expect:` check: who holds a relationship, or a theater condition, at a time or over a window. */
export interface Expectation {
  readonly id: string;
  readonly description: string;
  /** Check instant, or window [from, to] in which it must hold at every instant. `end` is the run's end. */
  readonly from: SimTime | 'end';
  readonly to: SimTime | 'end';
  readonly check:
    | { readonly kind: 'holder'; readonly forces: ForceSelector; readonly relationship: MovableRelationship | 'adcon'; readonly holder: HqId | null }
    | { readonly kind: 'theater'; readonly condition: Condition }
    /** How many log records of a type (with the given field values) fall in the window. */
    | { readonly kind: 'records'; readonly type: string; readonly where: Readonly<Record<string, string>>; readonly min: number; readonly max: number };
  readonly position?: SourcePosition;
}

/** A scenario compiled with its design: everything a run needs, fully defaulted. */
export interface ScenarioModel {
  /** Path of the scenario file as given (for messages and `run-start`). */
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly design: Design;
  readonly start: SimTime;
  readonly end: SimTime;
  readonly seed: string;
  readonly forces: readonly Force[];
  readonly initial: TheaterInitial;
  readonly timeline: readonly TimelineEvent[];
  readonly expectations: readonly Expectation[];
  /**
   * Checks left out because they name ids the design lacks: only when the design was replaced
   * (`--design`), since checks are written for the scenario's own design.
   */
  readonly skippedExpectations?: readonly { readonly id: string; readonly reason: string }[];
}
