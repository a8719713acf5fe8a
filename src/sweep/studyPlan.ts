import type { ParameterPoint } from './parameterPoint.js';

/** Everything that defines a study's results; the manifest records it and `--resume` checks it. */
export interface StudyPlan {
  readonly kind: 'compare' | 'sweep';
  /** The scenario file as given (printed in replay commands). */
  readonly scenario: string;
  /** Designs as given (ids or files); null runs the scenario's own design. */
  readonly designs: readonly (string | null)[];
  readonly points: readonly ParameterPoint[];
  readonly runs: number;
  readonly rootSeed: string;
  /** Where parameters and designs come from, for error messages (`--designs`, the sweep file). */
  readonly where: string;
  /** Metric names or prefixes to report (all when empty); runs.jsonl always holds every metric. */
  readonly metrics: readonly string[];
}

/** True when a metric key is selected by names or prefixes (`transfer-latency-h` selects every rule). */
export function selectsMetric(selection: readonly string[], key: string): boolean {
  return selection.length === 0 || selection.some((s) => key === s || key.startsWith(`${s}.`));
}
