import { describe, type Description } from '../metrics/describe.js';
import { metricInfo, orderMetricKeys, type MetricInfo } from '../metrics/metricCatalog.js';
import { beatShare, type BeatShare } from '../metrics/pairwise.js';
import type { ParameterPoint } from './parameterPoint.js';
import type { RunRow } from './runRow.js';

/** The shape of a study: what the rows are indexed by. */
export interface StudyShape {
  readonly designs: readonly string[];
  readonly points: readonly ParameterPoint[];
  readonly runs: number;
}

/** Statistics of one metric for one design at one grid point. */
export interface Cell extends Description {
  readonly design: string;
  readonly point: number;
  readonly metric: string;
}

/** Paired comparison of two designs on one metric at one grid point (A is listed first in --designs). */
export interface PairCell extends BeatShare {
  readonly point: number;
  readonly metric: string;
  readonly a: string;
  readonly b: string;
}

export interface StudySummary {
  readonly runs: number;
  /** Rows found (designs x points x runs when the study is complete). */
  readonly rows: number;
  readonly metrics: readonly (MetricInfo & { key: string })[];
  readonly cells: readonly Cell[];
  readonly pairs: readonly PairCell[];
}

/** Rows to summarize, re-readable (a results file, or rows in memory). */
export type RowSource = () => AsyncIterable<RunRow>;

/** Numbers held per pass at most (8 bytes each): keeps a 100,000-run summary within a few MiB. */
const PASS_BUDGET = 1 << 20;

/**
 * Summarizes rows into per-cell statistics and paired beat shares. Order-independent: each value
 * lands at its (design, point, run) slot, and statistics sort before summing, so a resumed or
 * reordered study gives the same summary bit for bit. Reads the source once for the metric
 * names, then in passes holding a few metrics' columns at a time, so memory stays flat in the
 * number of metrics.
 */
export async function summarize(source: RowSource, shape: StudyShape): Promise<StudySummary> {
  const designIndex = new Map(shape.designs.map((d, i) => [d, i]));
  const slots = shape.designs.length * shape.points.length * shape.runs;
  const keys = new Set<string>();
  let rows = 0;
  for await (const row of source()) {
    rows++;
    for (const k of Object.keys(row.metrics)) keys.add(k);
  }
  const ordered = orderMetricKeys(keys);
  const batch = Math.max(1, Math.floor(PASS_BUDGET / Math.max(1, slots)));
  const cells: Cell[] = [];
  const pairs: PairCell[] = [];
  for (let b = 0; b < ordered.length; b += batch) {
    const group = ordered.slice(b, b + batch);
    const columns = group.map(() => new Float64Array(slots).fill(Number.NaN));
    // Whether any run of a (design, point) has the metric at all, even as null: a rule of
    // another design is absent, a rule that never completed is present and null.
    const present = group.map(() => new Uint8Array(shape.designs.length * shape.points.length));
    for await (const row of source()) {
      const d = designIndex.get(row.design);
      if (d === undefined || row.point >= shape.points.length || row.run >= shape.runs) continue;
      const slot = (d * shape.points.length + row.point) * shape.runs + row.run;
      group.forEach((k, i) => {
        if (!(k in row.metrics)) return;
        present[i]![d * shape.points.length + row.point] = 1;
        const v = row.metrics[k];
        columns[i]![slot] = v === null || v === undefined ? Number.NaN : v;
      });
    }
    group.forEach((metric, i) => {
      const col = columns[i]!;
      const slice = (d: number, p: number) => col.subarray((d * shape.points.length + p) * shape.runs, (d * shape.points.length + p + 1) * shape.runs);
      const direction = metricInfo(metric).direction;
      for (let p = 0; p < shape.points.length; p++) {
        shape.designs.forEach((design, d) => {
          if (present[i]![d * shape.points.length + p]) cells.push({ design, point: p, metric, ...describe(slice(d, p)) });
        });
        for (let x = 0; x < shape.designs.length; x++) {
          for (let y = x + 1; y < shape.designs.length; y++) {
            const share = beatShare(slice(x, p), slice(y, p), direction);
            if (share.pairs > 0) pairs.push({ point: p, metric, a: shape.designs[x]!, b: shape.designs[y]!, ...share });
          }
        }
      }
    });
  }
  return { runs: shape.runs, rows, metrics: ordered.map((key) => ({ key, ...metricInfo(key) })), cells, pairs };
}
