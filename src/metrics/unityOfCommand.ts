import { arrangementOf } from './arrangement.js';
import { resolveLevel, type MetricReducer } from './metricReducer.js';
import { HOSTILITIES } from './recordNames.js';

/**
 * Unity of command (docs/metrics.md): over the time the posture is `hostilities` and some force
 * is engaged, the time-weighted mean number of distinct operational-level commanders at the top
 * of the engaged forces' military chains, over the holder that directs each force's employment
 * (TACON, else OPCON); components under one joint or combined commander count once. 1 is full
 * unity. Null when there is no such time.
 */
export function unityOfCommand(): MetricReducer {
  // Weighted sums keyed by posture; `undefined` = before the first posture change was seen.
  const acc = new Map<string | undefined, { num: number; den: number }>();
  return {
    span(state, from, to) {
      if (to <= from || state.engaged.size === 0) return;
      const posture = state.level('posture');
      if (posture !== undefined && posture !== HOSTILITIES) return;
      const n = arrangementOf(state, 'engaged').tops.length;
      const a = acc.get(posture) ?? { num: 0, den: 0 };
      a.num += n * (to - from);
      a.den += to - from;
      acc.set(posture, a);
    },
    finish(state, _end, row) {
      let num = 0;
      let den = 0;
      for (const [k, a] of acc) {
        if (resolveLevel(state, 'posture', k) !== HOSTILITIES) continue;
        num += a.num;
        den += a.den;
      }
      row['unity-of-command'] = den > 0 ? num / den : null;
    },
  };
}
