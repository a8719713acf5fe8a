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
  /** Active coordination bodies and integrated combined commands link every holder, directly or through other holders. */
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
  const tops = [...new Set(holders.map((h) => (h === null ? null : state.top(h))))];
  const nations = (over === 'engaged' ? state.engagedNations : state.allNations).size;
  const only = tops.length === 1 ? tops[0] : undefined;
  const unified = only !== undefined && only !== null && (state.hq.get(only)?.kind === 'combined' || nations >= 2);
  const linked = holders.length > 0 && linkedByBodies(state, holders);
  const a = { holders, tops, nations, unified, linked, working: unified || linked };
  const entry = cached && cached.version === state.version ? cached : { version: state.version, values: [undefined, undefined] as (Arrangement | undefined)[] };
  entry.values[slot] = a;
  memo.set(state, entry);
  return a;
}

const memo = new WeakMap<RunState, { version: number; values: (Arrangement | undefined)[] }>();

/** Something that links the holders it represents: an active body, or an integrated combined command. */
type Link = (chain: readonly string[], holder: string) => boolean;

/** The links in force now: active bodies (at their level's membership) and combined commands directing forces. */
function linksOf(state: RunState): Link[] {
  const links: Link[] = state.activeBodies().map((members) => (chain) => chain.some((x) => members.includes(x)));
  for (const c of state.integratedCommands()) {
    // An integrated command links its own chain and every holder commanded by one of its nations:
    // their officers serve side by side in it (Hornung 2015, p. 12; docs/metrics.md).
    const own = state.militaryChain(c);
    const nations = state.hq.get(c)!.nations;
    links.push((chain, holder) => chain.some((x) => own.includes(x)) || nations.includes(state.hq.get(holder)?.commander ?? ''));
  }
  return links;
}

/**
 * True when every holder is represented (itself or a commander above it in its military chain) in
 * some link and the holders form one group when two holders sharing a link count as linked.
 */
function linkedByBodies(state: RunState, holders: readonly (string | null)[]): boolean {
  if (holders.includes(null)) return false;
  const links = linksOf(state);
  if (links.length === 0) return false;
  // Which links represent each holder.
  const reps = (holders as string[]).map((h) => {
    const chain = state.militaryChain(h);
    const set = new Set<number>();
    links.forEach((link, i) => {
      if (link(chain, h)) set.add(i);
    });
    return set;
  });
  if (reps.some((s) => s.size === 0)) return false;
  // Grow one group from the first holder through shared links; small sets, so quadratic is fine.
  const reached = new Set<number>([0]);
  const linksReached = new Set<number>(reps[0]);
  let grew = true;
  while (grew) {
    grew = false;
    reps.forEach((s, i) => {
      if (reached.has(i)) return;
      for (const b of s) {
        if (linksReached.has(b)) {
          reached.add(i);
          for (const x of s) linksReached.add(x);
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
