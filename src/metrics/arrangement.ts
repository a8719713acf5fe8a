import type { C2Approach } from '../model/design.js';
import type { RunState } from './runState.js';

/**
 * How a set of forces is commanded at an instant, judged from the log alone
 * (docs/metrics.md "Working combined arrangement").
 */
export interface Arrangement {
  /** Distinct OPCON holders of the forces (null when some force has no holder). */
  readonly holders: readonly (string | null)[];
  /** Distinct nations of the forces. */
  readonly nations: number;
  /**
   * One headquarters holds OPCON of every force, and it is a combined headquarters or the forces
   * are of several nations (a lead-nation command).
   */
  readonly unified: boolean;
  /** Active coordination bodies link every holder, directly or through other holders. */
  readonly linked: boolean;
  /** `unified` or `linked`: the forces have a working combined arrangement. */
  readonly working: boolean;
}

/**
 * Judges the arrangement over the engaged forces (`engaged`) or over every force (`all`) in the
 * current state; cached per state version, since several metrics ask at every instant.
 */
export function arrangementOf(state: RunState, over: 'engaged' | 'all'): Arrangement {
  const cached = memo.get(state);
  const slot = over === 'engaged' ? 0 : 1;
  if (cached && cached.version === state.version && cached.values[slot]) return cached.values[slot]!;
  const holders = [...(over === 'engaged' ? state.engagedHolders : state.allHolders).keys()];
  const nations = (over === 'engaged' ? state.engagedNations : state.allNations).size;
  const only = holders.length === 1 ? holders[0] : undefined;
  const unified = only !== undefined && only !== null && (state.hq.get(only)?.kind === 'combined' || nations >= 2);
  const linked = holders.length > 0 && linkedByBodies(state, holders);
  const a = { holders, nations, unified, linked, working: unified || linked };
  const entry = cached && cached.version === state.version ? cached : { version: state.version, values: [undefined, undefined] as (Arrangement | undefined)[] };
  entry.values[slot] = a;
  memo.set(state, entry);
  return a;
}

const memo = new WeakMap<RunState, { version: number; values: (Arrangement | undefined)[] }>();

/**
 * True when every holder is represented (itself or a headquarters above it) in some active body
 * and the holders form one group when two holders sharing an active body count as linked.
 */
function linkedByBodies(state: RunState, holders: readonly (string | null)[]): boolean {
  if (holders.includes(null)) return false;
  const bodies = state.activeBodies();
  if (bodies.length === 0) return false;
  // Which active bodies represent each holder.
  const reps = (holders as string[]).map((h) => {
    const up = state.lineage(h);
    const set = new Set<number>();
    bodies.forEach((members, i) => {
      if (up.some((x) => members.includes(x))) set.add(i);
    });
    return set;
  });
  if (reps.some((s) => s.size === 0)) return false;
  // Grow one group from the first holder through shared bodies; small sets, so quadratic is fine.
  const reached = new Set<number>([0]);
  const bodiesReached = new Set<number>(reps[0]);
  let grew = true;
  while (grew) {
    grew = false;
    reps.forEach((s, i) => {
      if (reached.has(i)) return;
      for (const b of s) {
        if (bodiesReached.has(b)) {
          reached.add(i);
          for (const x of s) bodiesReached.add(x);
          grew = true;
          return;
        }
      }
    });
  }
  return reached.size === reps.length;
}

/** The NATO C2 maturity scale (SAS-065), least to most mature; the index is the metric's value. */
export const C2_SCALE: readonly C2Approach[] = ['conflicted', 'de-conflicted', 'coordinated', 'collaborative', 'edge'];

/**
 * The C2 approach at an instant (docs/metrics.md "C2 approach"): over the engaged forces, or all
 * forces when none is engaged. `edge` needs self-synchronisation the log cannot show, so it is
 * never inferred (a design may still declare it).
 */
export function c2ApproachOf(state: RunState): C2Approach {
  const engaged = state.engaged.size > 0;
  const a = arrangementOf(state, engaged ? 'engaged' : 'all');
  if (a.unified) return 'collaborative';
  if (a.linked) return 'coordinated';
  if (engaged && a.nations >= 2) return 'conflicted';
  return 'de-conflicted';
}
