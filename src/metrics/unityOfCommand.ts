import { arrangementOf } from './arrangement.js';
import { resolveLevel, type MetricReducer } from './metricReducer.js';
import { HOSTILITIES } from './recordNames.js';
import type { RunState } from './runState.js';

/**
 * Unity of command (docs/metrics.md), over the time the posture is `hostilities` and some force
 * is engaged, judged on the holder that directs each engaged force's employment (TACON, else
 * OPCON) and the operational-level commander at the top of that holder's military chain
 * (components under one joint or combined commander count once):
 * - `unity-of-command`: the time-weighted mean number of distinct top commanders (1 is full unity);
 * - `unity-of-command-share`: the time-weighted mean share of engaged forces under the top
 *   commander who directs the most of them (1 is full unity), so a single national division left
 *   outside a combined command weighs as little as it is.
 * Both are null when there is no such time.
 */
export function unityOfCommand(): MetricReducer {
  // Weighted sums keyed by posture; `undefined` = before the first posture change was seen.
  const acc = new Map<string | undefined, { count: number; share: number; den: number }>();
  return {
    span(state, from, to) {
      if (to <= from || state.engaged.size === 0) return;
      const posture = state.level('posture');
      if (posture !== undefined && posture !== HOSTILITIES) return;
      const a = acc.get(posture) ?? { count: 0, share: 0, den: 0 };
      a.count += arrangementOf(state, 'engaged').tops.length * (to - from);
      a.share += largestShare(state) * (to - from);
      a.den += to - from;
      acc.set(posture, a);
    },
    finish(state, _end, row) {
      let count = 0;
      let share = 0;
      let den = 0;
      for (const [k, a] of acc) {
        if (resolveLevel(state, 'posture', k) !== HOSTILITIES) continue;
        count += a.count;
        share += a.share;
        den += a.den;
      }
      row['unity-of-command'] = den > 0 ? count / den : null;
      row['unity-of-command-share'] = den > 0 ? share / den : null;
    },
  };
}

/** The share of engaged forces under the top commander who directs the most of them (forces without a holder count apart). */
function largestShare(state: RunState): number {
  const byTop = new Map<string | null, number>();
  for (const [holder, n] of state.engagedHolders) {
    const top = holder === null ? null : state.top(holder);
    byTop.set(top, (byTop.get(top) ?? 0) + n);
  }
  let most = 0;
  for (const [top, n] of byTop) if (top !== null && n > most) most = n;
  return most / state.engaged.size;
}
