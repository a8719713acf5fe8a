import type { RunResult } from '../engine/api.js';
import type { LogRecord } from '../model/records.js';

/**
 * One record as one JSONL line (with its newline), keys in the order the engine built them, so
 * the same run gives the same bytes. Use it as `onRecord` to stream.
 */
export function jsonlLine(record: LogRecord): string {
  return JSON.stringify(record) + '\n';
}

/** Every record of a run, one per line. */
export function renderJsonl(result: Pick<RunResult, 'records'>): string {
  return result.records.map(jsonlLine).join('');
}
