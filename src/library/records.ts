import { RunScorer } from '../metrics/runScorer.js';
import type { MetricRow } from '../metrics/metricReducer.js';
import { InputError } from '../model/errors.js';
import { RECORD_FORMAT, type LogRecord } from '../model/records.js';

/**
 * Every metric of docs/metrics.md for one run, from its records (as `simulate` returns them or
 * as read back from a saved log with {@link readRecords}), in order.
 * @example scoreRecords(readRecords(readFileSync('run.jsonl', 'utf8')))['decision-latency-h']
 */
export function scoreRecords(records: Iterable<LogRecord>): MetricRow {
  const scorer = new RunScorer();
  for (const r of records) scorer.push(r);
  return scorer.finish();
}

/**
 * Reads a saved run log (`opcon run --format jsonl`, one record per line). Refuses a line that is
 * not a JSON record, and a log whose `recordFormat` has another major version than this opcon's
 * {@link RECORD_FORMAT} (its fields may mean something else).
 * @param name how the log is called in messages.
 */
export function readRecords(jsonl: string, name = '<records>'): LogRecord[] {
  const records: LogRecord[] = [];
  const lines = jsonl.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw InputError.at({ file: name, line: i + 1, column: 1 }, 'not a JSON record', 'give the output of opcon run --format jsonl');
    }
    if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string' || typeof (value as { t?: unknown }).t !== 'string') {
      throw InputError.at({ file: name, line: i + 1, column: 1 }, 'not a log record (no `type` or `t`)', 'give the output of opcon run --format jsonl');
    }
    const record = value as LogRecord;
    if (record.type === 'run-start' && typeof record.recordFormat === 'string' && major(record.recordFormat) !== major(RECORD_FORMAT)) {
      throw InputError.at({ file: name, line: i + 1, column: 1 }, `the log has record format ${record.recordFormat}, this opcon reads ${major(RECORD_FORMAT)}.x`, 'read it with the opcon version that wrote it, or re-run the scenario');
    }
    records.push(record);
  });
  return records;
}

const major = (version: string): string => version.split('.')[0]!;
