import type { MetricRow } from '../metrics/metricReducer.js';

/** One finished run: a line of `runs.jsonl`. */
export interface RunRow {
  /** The design's label: its id (the chunk's label). */
  readonly design: string;
  readonly point: number;
  readonly run: number;
  /** Replay with `opcon run FILE --design DESIGN --seed SEED`. */
  readonly seed: string;
  readonly metrics: MetricRow;
}
