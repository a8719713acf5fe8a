import type { MetricReducer } from './metricReducer.js';

/**
 * Counts (docs/metrics.md): `refusals` (decision records with outcome `refused`), `revocations`
 * (outcome `revoked`), `constraint-violations` (constraint records), `handovers-per-force`
 * (command records divided by the number of forces; null without forces) and `handovers-max`
 * (the most command records of any one force).
 */
export function eventCounts(): MetricReducer {
  let refusals = 0;
  let revocations = 0;
  let violations = 0;
  let handovers = 0;
  const perForce = new Map<string, number>();
  return {
    types: ['decision', 'constraint', 'command'],
    record(_s, r) {
      if (r.type === 'decision') {
        if (r.outcome === 'refused') refusals++;
        else if (r.outcome === 'revoked') revocations++;
      } else if (r.type === 'constraint') violations++;
      else if (r.type === 'command') {
        handovers++;
        perForce.set(r.force, (perForce.get(r.force) ?? 0) + 1);
      }
    },
    finish(state, _end, row) {
      row['refusals'] = refusals;
      row['revocations'] = revocations;
      row['constraint-violations'] = violations;
      const forces = state.nationOf.size;
      row['handovers-per-force'] = forces > 0 ? handovers / forces : null;
      let max = 0;
      for (const n of perForce.values()) max = Math.max(max, n);
      row['handovers-max'] = max;
    },
  };
}
