import type { RunResult } from '../engine/api.js';
import type { LogRecord } from '../model/records.js';
import { csvCell } from './csvCell.js';

export { csvCell };

/** The type of a CSV column's non-empty cells; an empty cell means "not this record's". */
export type CsvColumnType = 'integer' | 'datetime' | 'boolean' | 'string';

/**
 * The columns every record maps onto, each with one type and one meaning whatever the record
 * (so pandas, R or a spreadsheet infer the same type for every file): holders of command never
 * share a column with machine states, and a boolean never shares one with an id. A column a
 * record type lacks is empty.
 */
export const CSV_COLUMN_TYPES = {
  /** The record's seq (0, 1, 2, ...). */
  seq: 'integer',
  /** RFC 3339 UTC with seconds. */
  t: 'datetime',
  /** The record type (run-start, event, state, command, ...). */
  type: 'string',
  /** What the record is about: a force, machine, body, event, request subject or friction id; the scenario for run-start. */
  subject: 'string',
  /** Who acts: the deciding authority, the authorities asked, the nations in friction, the event's action. */
  actor: 'string',
  /** opcon or tacon (command and constraint records). */
  relationship: 'string',
  /** The headquarters that held the force before a command record (empty: none). */
  from_holder: 'string',
  /** The headquarters that holds it after a command record, or would under a constraint record (empty: none). */
  to_holder: 'string',
  /** A machine's or body's state before a state or coordination record. */
  from_state: 'string',
  /** Its state after. */
  to_state: 'string',
  /** A coordination body's level after a coordination record. */
  level: 'string',
  /** Whether the force is engaged after an engagement record. */
  engaged: 'boolean',
  /** The transfer rule of a command or constraint record. */
  rule: 'string',
  /** A decision's outcome: approved, refused or revoked. */
  outcome: 'string',
  /** How a request is decided: all or silence. */
  mode: 'string',
  /** A friction episode's phase: start or resolved. */
  phase: 'string',
  /** The seq of the record this one results from. */
  cause: 'integer',
  /** Free text: an event's label, a decision step, a request id, a constraint's law, a command's doctrinal term, a support relationship's kind, the run summary as JSON. */
  text: 'string',
} as const satisfies Record<string, CsvColumnType>;

export const CSV_COLUMNS = Object.keys(CSV_COLUMN_TYPES) as (keyof typeof CSV_COLUMN_TYPES)[];
type Column = keyof typeof CSV_COLUMN_TYPES;

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
      return { ...base, subject: r.scenario, text: `design ${r.design}; seed ${r.seed}; version ${r.version}; record format ${r.recordFormat}` };
    case 'event':
      return { ...base, subject: r.id, actor: r.event, text: r.label };
    case 'state':
      return { ...base, subject: r.machine, from_state: r.from, to_state: r.to };
    case 'request':
      return { ...base, subject: r.subject, actor: r.authorities.join(' '), mode: r.mode, text: r.request };
    case 'decision':
      return { ...base, subject: r.subject, actor: r.authority, outcome: r.outcome, text: r.step ?? '' };
    case 'command':
      return { ...base, subject: r.force, relationship: r.relationship, from_holder: r.from, to_holder: r.to, rule: r.rule, ...(r.term ? { text: r.term } : {}) };
    case 'support':
      // A support relationship between commands: the supported one in to_holder, its state in to_state.
      return { ...base, subject: r.id, actor: r.supporting.join(' '), to_holder: r.supported, to_state: r.active ? 'active' : 'ended', text: r.kind };
    case 'coordination':
      return { ...base, subject: r.body, from_state: r.from, to_state: r.to, level: r.level };
    case 'constraint':
      return { ...base, subject: r.force, actor: r.nation, relationship: r.relationship, to_holder: r.holder, rule: r.rule, text: `${r.commander} commander; ${r.law}` };
    case 'friction':
      return { ...base, subject: r.id, actor: r.nations.join(' '), phase: r.phase };
    case 'engagement':
      return { ...base, subject: r.force, engaged: r.engaged };
    case 'run-end':
      return { ...base, text: JSON.stringify(r.summary) };
  }
}
