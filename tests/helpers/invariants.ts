import type { LogRecord, RunStartRecord } from '../../src/model/records.js';
import type { RunResult } from '../../src/engine/api.js';

/**
 * The kernel's invariants, checked from records alone (so they hold for any sink) and against
 * the command history: every force has exactly one OPCON holder at every instant; national
 * command never moves; every `command` record's `from` equals the holder just before it; seq
 * counts up from 0 and time never goes back. Returns the first violation, or undefined.
 */
export function invariantViolation(result: RunResult): string | undefined {
  const records = result.records;
  const start = records[0] as RunStartRecord;
  if (start?.type !== 'run-start') return 'first record is not run-start';
  const holders = new Map(start.forces.map((f) => [f.id, { opcon: f.opcon as string | null, tacon: f.tacon }]));
  const national = new Map(start.forces.map((f) => [f.id, f.national]));
  const hqs = new Set(start.headquarters.map((h) => h.id));
  let lastT = '';
  for (let i = 0; i < records.length; i++) {
    const r: LogRecord = records[i]!;
    if (r.seq !== i) return `record ${i} has seq ${r.seq}`;
    if (r.t < lastT) return `time goes back at seq ${r.seq}`;
    lastT = r.t;
    if (r.type !== 'command') continue;
    const h = holders.get(r.force);
    if (!h) return `command for unknown force ${r.force}`;
    if (h[r.relationship] !== r.from) return `seq ${r.seq}: from ${r.from} but ${r.force} ${r.relationship} was ${h[r.relationship]}`;
    if (r.relationship === 'opcon' && (r.to === null || !hqs.has(r.to))) return `seq ${r.seq}: OPCON of ${r.force} to ${r.to}`;
    h[r.relationship] = r.to;
  }
  if (result.history) {
    const forces = result.model.forces;
    for (const s of result.history.snapshots) {
      for (let i = 0; i < forces.length; i++) {
        const c = s.table[i]!;
        if (c.national !== national.get(forces[i]!.id)) return `national command of ${forces[i]!.id} moved`;
        if (typeof c.opcon !== 'string' || !hqs.has(c.opcon)) return `${forces[i]!.id} has OPCON holder ${c.opcon}`;
      }
    }
    const last = result.history.current;
    for (let i = 0; i < forces.length; i++) {
      if (last[i]!.opcon !== holders.get(forces[i]!.id)!.opcon) return `history and records disagree on ${forces[i]!.id}`;
    }
  }
  return undefined;
}

/** One record per line, as `--format jsonl` writes them. */
export const jsonl = (records: readonly LogRecord[]) => records.map((r) => JSON.stringify(r)).join('\n');
