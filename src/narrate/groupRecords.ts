import type { CommandRecord, ConstraintRecord, EngagementRecord, LogRecord } from '../model/records.js';

/** A record told alone, or records of one kind told together in one sentence. */
export type RecordUnit =
  | { readonly kind: 'single'; readonly record: LogRecord }
  | { readonly kind: 'commands'; readonly records: CommandRecord[] }
  | { readonly kind: 'constraints'; readonly records: ConstraintRecord[] }
  | { readonly kind: 'engagements'; readonly records: EngagementRecord[] };

/** Which group a record joins at its instant; undefined for records told alone. */
function groupKey(r: LogRecord): string | undefined {
  switch (r.type) {
    case 'command':
      // Transfers and returns of one rule at one instant are split apart by the narrator.
      return `command|${r.rule}|${r.relationship}`;
    case 'constraint':
      return `constraint|${r.rule}|${r.nation}|${r.relationship}|${r.holder}`;
    case 'engagement':
      return `engagement|${r.engaged}|${r.cause}`;
    default:
      return undefined;
  }
}

/**
 * Groups a rule's many `command` records at one instant (and likewise constraint and engagement
 * records) into one unit, placed where its first record stands, so "OPCON of 12 forces passed
 * to CFC" is one step even when other records interleave. Order is otherwise the log's order.
 */
export function groupRecords(records: readonly LogRecord[]): RecordUnit[] {
  const units: RecordUnit[] = [];
  let open = new Map<string, RecordUnit & { records: LogRecord[] }>();
  let instant: string | undefined;
  for (const r of records) {
    if (r.t !== instant) {
      instant = r.t;
      open = new Map();
    }
    const key = groupKey(r);
    if (key === undefined) {
      units.push({ kind: 'single', record: r });
      continue;
    }
    const existing = open.get(key);
    if (existing) {
      existing.records.push(r);
      continue;
    }
    const unit = { kind: `${r.type}s`, records: [r] } as unknown as RecordUnit & { records: LogRecord[] };
    open.set(key, unit);
    units.push(unit);
  }
  return units;
}
