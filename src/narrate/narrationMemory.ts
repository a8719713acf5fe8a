import type { Scalar } from '../model/theater.js';
import type { SimTime } from '../model/time.js';
import type { NarrationContext } from './narrationContext.js';
import { hqName, hqWithCommander } from './phrases.js';

/**
 * What a narration remembers as it reads the run in order: the theater's current levels (to
 * say what a refusal leaves in place), which headquarters were already introduced with their
 * commanders, which nations' national chains were explained, and when friction began. Local
 * to one `narrate` call, so `narrate` stays a pure function.
 */
export interface NarrationMemory {
  readonly levels: Map<string, Scalar>;
  readonly introducedHq: Set<string>;
  readonly nationalExplained: Set<string>;
  readonly frictionStarts: Map<string, SimTime>;
  /** Set once a friction episode has been told start to end; later ones are summarized. */
  frictionExplained: boolean;
}

/** Memory at the start of a run: the scenario's initial levels, nothing introduced yet. */
export function newMemory(ctx: NarrationContext): NarrationMemory {
  const i = ctx.result.model.initial;
  return {
    levels: new Map<string, Scalar>([
      ['posture', i.posture],
      ['defcon', i.defcon],
      ['watchcon', i.watchcon],
      ['phase', i.phase],
      ['situation', i.situation],
    ]),
    introducedHq: new Set(),
    nationalExplained: new Set(),
    frictionStarts: new Map(),
    frictionExplained: false,
  };
}

/** A headquarters by name, with its commander's nationality the first time it is mentioned. */
export function hqOnce(ctx: NarrationContext, mem: NarrationMemory, id: string | null): string {
  if (id === null) return 'no headquarters';
  if (mem.introducedHq.has(id)) return hqName(ctx, id);
  mem.introducedHq.add(id);
  return hqWithCommander(ctx, id);
}
