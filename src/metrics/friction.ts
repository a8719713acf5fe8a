import { hours, type MetricReducer } from './metricReducer.js';

/**
 * Friction (docs/metrics.md): `friction-episodes` counts `friction` start records;
 * `friction-resolution-h` is the mean hours from an episode's start to its `resolved` record
 * over resolved episodes (null when none resolved); `friction-unresolved` counts episodes still
 * open at the end.
 */
export function friction(): MetricReducer {
  const open = new Map<string, number>();
  let episodes = 0;
  let resolvedMs = 0;
  let resolved = 0;
  return {
    types: ['friction'],
    record(_s, r, t) {
      if (r.type !== 'friction') return;
      if (r.phase === 'start') {
        episodes++;
        open.set(r.id, t);
      } else {
        const t0 = open.get(r.id);
        if (t0 === undefined) return;
        open.delete(r.id);
        resolved++;
        resolvedMs += t - t0;
      }
    },
    finish(_s, _end, row) {
      row['friction-episodes'] = episodes;
      row['friction-resolution-h'] = resolved > 0 ? hours(resolvedMs / resolved) : null;
      row['friction-unresolved'] = open.size;
    },
  };
}
