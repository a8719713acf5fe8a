import { arrangementOf } from './arrangement.js';
import { hours, resolveLevel, type MetricReducer } from './metricReducer.js';
import { GAP_POSTURES } from './recordNames.js';

/**
 * Coordination gap hours (docs/metrics.md): time in crisis or hostilities during which engaged
 * forces of at least two nations lack a working combined arrangement. Always defined (0 when
 * there is none).
 */
export function coordinationGap(): MetricReducer {
  const byPosture = new Map<string | undefined, number>();
  return {
    span(state, from, to) {
      if (to <= from || state.engaged.size === 0) return;
      const posture = state.level('posture');
      if (posture !== undefined && !GAP_POSTURES.includes(posture)) return;
      const a = arrangementOf(state, 'engaged');
      if (a.nations < 2 || a.working) return;
      byPosture.set(posture, (byPosture.get(posture) ?? 0) + (to - from));
    },
    finish(state, _end, row) {
      let total = 0;
      for (const [k, ms] of byPosture) if (GAP_POSTURES.includes(resolveLevel(state, 'posture', k) ?? '')) total += ms;
      row['coordination-gap-h'] = hours(total);
    },
  };
}
