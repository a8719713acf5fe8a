import type { StudySummary } from './summarize.js';

/**
 * A metric a reader should not take at face value in a study (docs/metrics.md "Warnings"):
 * - `ties`: at a grid point, every paired comparison of designs tied on every pair of runs, so
 *   the metric cannot tell these designs apart in this scenario;
 * - `censored`: some runs never reached the metric's event, so their values are lower bounds.
 */
export interface MetricWarning {
  readonly metric: string;
  readonly point: number;
  readonly kind: 'ties' | 'censored';
  /** Designs concerned (censored: those with censored runs; ties: every design compared). */
  readonly designs: readonly string[];
  /** One line for people: `warning: decision-latency-h ties in every pair (...)`. */
  readonly text: string;
}

/** The warnings of a summary, in metric order then point order. */
export function metricWarnings(s: StudySummary, pointCount: number): MetricWarning[] {
  const out: MetricWarning[] = [];
  const where = (p: number) => (pointCount > 1 ? ` at point ${p}` : '');
  for (const m of s.metrics) {
    for (let p = 0; p < pointCount; p++) {
      const pairs = s.pairs.filter((x) => x.metric === m.key && x.point === p);
      if (pairs.length > 0 && pairs.every((x) => x.ties === x.pairs)) {
        const designs = [...new Set(pairs.flatMap((x) => [x.a, x.b]))];
        const n = pairs.reduce((k, x) => k + x.pairs, 0);
        out.push({ metric: m.key, point: p, kind: 'ties', designs, text: `warning: ${m.key}${where(p)} ties in every pair (${n} paired runs of ${designs.join(', ')}): it does not tell these designs apart here` });
      }
      if (m.censoredBy === undefined) continue;
      const censored = s.cells.filter((c) => c.metric === m.censoredBy && c.point === p && c.max !== null && c.max > 0);
      if (censored.length > 0) {
        const detail = censored.map((c) => `${c.design} ${Math.round((c.mean ?? 0) * c.n)}/${c.n}`).join(', ');
        out.push({ metric: m.key, point: p, kind: 'censored', designs: censored.map((c) => c.design), text: `warning: ${m.key}${where(p)} is censored in some runs (${detail} runs never reached it; those values are lower bounds)` });
      }
    }
  }
  return out;
}
