import type { C2Approach } from '../model/design.js';
import type { RunState } from './runState.js';

/**
 * How a set of forces is commanded at an instant, judged from the log alone
 * (docs/metrics.md "Working combined arrangement").
 */
export interface Arrangement {
  /** Distinct directing holders of the forces, TACON over OPCON (null when some force has no holder). */
  readonly holders: readonly (string | null)[];
  /** Distinct commanders at the top of those holders' military chains (null as for `holders`). */
  readonly tops: readonly (string | null)[];
  /** Distinct nations of the forces. */
  readonly nations: number;
  /**
   * One commander sits at the top of every force's chain, and it is a combined headquarters or
   * the forces are of several nations (a lead-nation command).
   */
  readonly unified: boolean;
  /**
   * Active coordination bodies and integrated combined commands link every holder, directly or
   * through other holders; true as well when `unified` (one commander links its forces), which
   * spares judging the links.
   */
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
  const tops: (string | null)[] = [];
  for (const h of holders) {
    const t = h === null ? null : state.top(h);
    if (!tops.includes(t)) tops.push(t);
  }
  const nations = (over === 'engaged' ? state.engagedNations : state.allNations).size;
  const only = tops.length === 1 ? tops[0] : undefined;
  const unified = only !== undefined && only !== null && (state.hq.get(only)?.kind === 'combined' || nations >= 2);
  const linked = unified || (holders.length > 0 && linkedByBodies(state, holders));
  const a = { holders, tops, nations, unified, linked, working: unified || linked };
  const entry = cached && cached.version === state.version ? cached : { version: state.version, values: [undefined, undefined] as (Arrangement | undefined)[] };
  entry.values[slot] = a;
  memo.set(state, entry);
  return a;
}

const memo = new WeakMap<RunState, { version: number; values: (Arrangement | undefined)[] }>();

/**
 * True when every holder is represented in some link and the holders form one group when two
 * holders sharing a link count as linked. A link is an active body (a holder is represented when
 * it or a commander above it in its military chain is a member at the body's current level) or an
 * integrated combined command directing forces (it represents its own chain and every holder
 * commanded by one of its nations: their officers serve side by side in it; Hornung 2015, p. 12).
 * Links are bits of a mask: this runs at every change of command, so it allocates little.
 */
function linkedByBodies(state: RunState, holders: readonly (string | null)[]): boolean {
  if (holders.includes(null)) return false;
  const bodies = state.activeBodies();
  const commands = state.integratedCommands();
  const links = bodies.length + commands.length;
  if (links === 0) return false;
  if (links > 30) return linkedByManyLinks(state, holders as string[], bodies, commands);
  const masks = (holders as string[]).map((h) => {
    const chain = state.militaryChain(h);
    const commander = state.hq.get(h)?.commander ?? '';
    let mask = 0;
    bodies.forEach((members, i) => {
      if (chain.some((x) => members.includes(x))) mask |= 1 << i;
    });
    commands.forEach((c, j) => {
      const own = state.militaryChain(c);
      if (state.hq.get(c)!.nations.includes(commander) || chain.some((x) => own.includes(x))) mask |= 1 << (bodies.length + j);
    });
    return mask;
  });
  if (masks.includes(0)) return false;
  // Grow one group from the first holder through shared links.
  const inGroup = masks.map((_, i) => i === 0);
  let group = masks[0]!;
  let grew = true;
  while (grew) {
    grew = false;
    masks.forEach((m, i) => {
      if (!inGroup[i] && (m & group) !== 0) {
        inGroup[i] = true;
        group |= m;
        grew = true;
      }
    });
  }
  return inGroup.every(Boolean);
}

/** The same judgement with sets, for the rare theater with more links than a mask holds. */
function linkedByManyLinks(state: RunState, holders: readonly string[], bodies: readonly (readonly string[])[], commands: readonly string[]): boolean {
  const reps = holders.map((h) => {
    const chain = state.militaryChain(h);
    const commander = state.hq.get(h)?.commander ?? '';
    const set = new Set<number>();
    bodies.forEach((members, i) => {
      if (chain.some((x) => members.includes(x))) set.add(i);
    });
    commands.forEach((c, j) => {
      const own = state.militaryChain(c);
      if (state.hq.get(c)!.nations.includes(commander) || chain.some((x) => own.includes(x))) set.add(bodies.length + j);
    });
    return set;
  });
  if (reps.some((r) => r.size === 0)) return false;
  const reached = new Set<number>([0]);
  const linksReached = new Set<number>(reps[0]);
  let grew = true;
  while (grew) {
    grew = false;
    reps.forEach((r, i) => {
      if (reached.has(i) || ![...r].some((b) => linksReached.has(b))) return;
      reached.add(i);
      for (const b of r) linksReached.add(b);
      grew = true;
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
