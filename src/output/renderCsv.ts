import type { RunResult } from '../engine/api.js';
import type { LogRecord } from '../model/records.js';
import { csvCell } from './csvCell.js';

export { csvCell };

/** The columns every record maps onto; a column a record type lacks is empty. */
export const CSV_COLUMNS = ['seq', 't', 'type', 'actor', 'subject', 'relationship', 'from', 'to', 'rule', 'outcome', 'cause', 'text'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The header line (with its newline). */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\n';
}

/** One record as one CSV line (RFC 4180 quoting, with its newline); stream it from `onRecord`. */
export function csvLine(record: LogRecord): string {
  const cells = columnsOf(record);
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',') + '\n';
}

/** Every record of a run as CSV with a header. */
export function renderCsv(result: Pick<RunResult, 'records'>): string {
  return csvHeader() + result.records.map(csvLine).join('');
}


function columnsOf(r: LogRecord): Partial<Record<Column, string | number | boolean | null>> {
  const base = { seq: r.seq, t: r.t, type: r.type, cause: 'cause' in r ? r.cause : undefined };
  switch (r.type) {
    case 'run-start':
      return { ...base, subject: r.scenario, text: `design ${r.design}; seed ${r.seed}; version ${r.version}` };
    case 'event':
      return { ...base, subject: r.id, actor: r.event, text: r.label };
    case 'state':
      return { ...base, subject: r.machine, from: r.from, to: r.to };
    case 'request':
      return { ...base, subject: r.subject, actor: r.authorities.join(' '), outcome: r.mode, text: r.request };
    case 'decision':
      return { ...base, subject: r.subject, actor: r.authority, outcome: r.outcome, text: r.step ?? '' };
    case 'command':
      return { ...base, subject: r.force, relationship: r.relationship, from: r.from, to: r.to, rule: r.rule };
    case 'coordination':
      return { ...base, subject: r.body, from: r.from, to: r.to, text: r.level ?? '' };
    case 'constraint':
      return { ...base, subject: r.force, actor: r.nation, relationship: r.relationship, to: r.holder, rule: r.rule, text: `${r.commander} commander; ${r.law}` };
    case 'friction':
      return { ...base, subject: r.id, actor: r.nations.join(' '), outcome: r.phase };
    case 'engagement':
      return { ...base, subject: r.force, to: r.engaged };
    case 'run-end':
      return { ...base, text: JSON.stringify(r.summary) };
  }
}
