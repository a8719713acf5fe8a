import type { Problem } from '../model/errors.js';
import type { MetricRow } from '../metrics/metricReducer.js';
import type { RecordedRun } from '../model/recordedRun.js';
import type { Scalar } from '../model/theater.js';

/**
 * Messages between the lab page and its Web Workers. Every request carries the whole file tree
 * (shipped files plus the user's edits) and runs in a fresh worker, so an edit is always seen,
 * caches never go stale, and a runaway model is stopped by terminating its worker.
 */

/** The virtual file tree: path under /opcon -> YAML text. */
export type FileTree = Readonly<Record<string, string>>;

/** What to simulate: a scenario file, a design (id or path; null keeps the scenario's), parameters. */
export interface RunTarget {
  readonly scenario: string;
  readonly design: string | null;
  readonly parameters: Readonly<Record<string, Scalar>>;
}

export type LabRequest =
  | { readonly type: 'validate'; readonly files: FileTree; readonly version: string; readonly path: string }
  | { readonly type: 'run'; readonly files: FileTree; readonly version: string; readonly target: RunTarget; readonly seed?: string }
  | { readonly type: 'score'; readonly files: FileTree; readonly version: string; readonly target: RunTarget; readonly rootSeed: string; readonly runs: readonly number[] };

/** A row of a comparison: one run of one design, scored as `opcon compare` scores it. */
export interface LabRow {
  readonly run: number;
  readonly seed: string;
  readonly metrics: MetricRow;
}

export type LabReply =
  | { readonly type: 'validated'; readonly problems: readonly Problem[]; readonly kind: 'scenario' | 'design' | 'study' | 'unknown'; readonly parameters?: readonly LabParameter[] }
  | { readonly type: 'ran'; readonly run: RecordedRun; readonly jsonl: string }
  | { readonly type: 'rows'; readonly rows: readonly LabRow[] }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly problems: readonly Problem[] }
  | { readonly type: 'crashed'; readonly message: string };

/** A design parameter as the page shows it: a control with its meaning and provenance. */
export interface LabParameter {
  readonly name: string;
  readonly value: Scalar;
  readonly description: string;
  readonly source?: string;
  readonly assumption?: string;
}
