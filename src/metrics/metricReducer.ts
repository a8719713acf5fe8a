import type { LogRecord } from '../model/records.js';
import type { RunState } from './runState.js';

/** One metric value of one run: a number, or null when undefined for that run (docs/metrics.md). */
export type MetricValue = number | null;

/** A run's metrics, flat and keyed by metric name (`decision-latency-h`, `c2.phase-2`, ...). */
export type MetricRow = Record<string, MetricValue>;

/** Hours in a millisecond span; metrics report time in hours. */
export const hours = (ms: number): number => ms / 3_600_000;

/**
 * A metric as a reducer over log records. The scorer calls `span` with the state that holds over
 * [from, to) (after every record stamped `from`), and once more for the final instant with
 * `to` = the run's end; `record` after the state has applied a record; `finish` once.
 */
export interface MetricReducer {
  /** The record types `record` reacts to; the scorer calls it for those alone (all when absent). */
  readonly types?: readonly LogRecord['type'][];
  span?(state: RunState, from: number, to: number): void;
  record?(state: RunState, r: LogRecord, t: number): void;
  finish(state: RunState, end: number, row: MetricRow): void;
}

/**
 * Resolves the level key a span was attributed to: spans seen before the first change of an
 * unknown level were keyed `undefined` and belong to the level's start value.
 */
export function resolveLevel(state: RunState, name: string, key: string | undefined): string | undefined {
  return key ?? state.initialLevels.get(name);
}
