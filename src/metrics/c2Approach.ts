import { C2_SCALE, c2ApproachOf } from './arrangement.js';
import { resolveLevel, type MetricReducer } from './metricReducer.js';

/**
 * C2 approach per phase (docs/metrics.md): for every JP 5-0 phase the theater spends time in,
 * the approach that holds for the longest time in that phase (ties go to the less mature one),
 * as its index on {@link C2_SCALE} under `c2.phase-N` (0 conflicted ... 4 edge).
 */
export function c2Approach(): MetricReducer {
  // phase key (undefined until the phase is known) -> time per approach index
  const acc = new Map<string | undefined, number[]>();
  return {
    span(state, from, to) {
      if (to <= from) return;
      const phase = state.level('phase');
      const times = acc.get(phase) ?? C2_SCALE.map(() => 0);
      times[C2_SCALE.indexOf(c2ApproachOf(state))]! += to - from;
      acc.set(phase, times);
    },
    finish(state, _end, row) {
      const merged = new Map<string, number[]>();
      for (const [k, times] of acc) {
        const phase = resolveLevel(state, 'phase', k);
        if (phase === undefined) continue;
        const m = merged.get(phase) ?? C2_SCALE.map(() => 0);
        times.forEach((x, i) => (m[i]! += x));
        merged.set(phase, m);
      }
      for (const phase of [...merged.keys()].sort((a, b) => Number(a) - Number(b))) {
        const times = merged.get(phase)!;
        let best = 0;
        times.forEach((x, i) => {
          if (x > times[best]!) best = i;
        });
        row[`c2.phase-${phase}`] = best;
      }
    },
  };
}

/** One phase's agreement between the approach a design declares and the one its runs show. */
export interface C2Check {
  readonly phase: number;
  readonly declared: string;
  readonly observed: string;
  readonly agrees: boolean;
}

/**
 * Cross-checks observed approaches (`c2.phase-N` indexes, e.g. a summary's medians rounded) with
 * a design's declared `c2:`; phases the design does not declare, or runs never reached, are skipped.
 */
export function crossCheckC2(observed: Readonly<Record<string, number | null>>, declared: readonly (string | undefined)[]): C2Check[] {
  const out: C2Check[] = [];
  declared.forEach((d, phase) => {
    const o = observed[`c2.phase-${phase}`];
    if (d === undefined || o === undefined || o === null) return;
    const name = C2_SCALE[Math.round(o)] ?? '?';
    out.push({ phase, declared: d, observed: name, agrees: name === d });
  });
  return out;
}
