import type { RunResult } from '../engine/api.js';
import type { LogRecord } from '../model/records.js';

/**
 * One record as one JSONL line (with its newline), keys in the order the engine built them, so
 * the same run gives the same bytes. Use it as `onRecord` to stream. U+2028 and U+2029, valid in
 * JSON but line breaks to JavaScript before ES2019 and to some line readers, are written escaped.
 */
export function jsonlLine(record: LogRecord): string {
  const json = JSON.stringify(record);
  return (SEPARATORS.test(json) ? json.replace(SEPARATORS_ALL, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029')) : json) + '\n';
}

const SEPARATORS = /[\u2028\u2029]/;
const SEPARATORS_ALL = /[\u2028\u2029]/g;

/** Every record of a run, one per line. */
export function renderJsonl(result: Pick<RunResult, 'records'>): string {
  return result.records.map(jsonlLine).join('');
}
