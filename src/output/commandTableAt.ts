import { showControls } from '../model/showControls.js';
import type { RunResult } from '../engine/api.js';
import { chainOf } from '../model/commandTable.js';
import type { ForceId, HqId, NationId } from '../model/force.js';
import { formatIso, formatRelative, type SimTime } from '../model/time.js';
import { alignColumns } from './alignColumns.js';
import { CommandReplay } from './commandReplay.js';
import { runFacts } from './runFacts.js';

/** One force's relationships at an instant. */
export interface HolderRow {
  readonly id: ForceId;
  readonly name: string;
  readonly nation: NationId;
  readonly opcon: HqId;
  readonly tacon: HqId | null;
  readonly adcon: HqId;
}

/**
 * Who holds what of each force at `t`: from the run's command history when it was kept (the
 * engine's own snapshots), otherwise replayed from the `command` records.
 */
export function holdersAt(result: RunResult, t: SimTime): HolderRow[] {
  const facts = runFacts(result);
  if (result.history) {
    const table = result.history.at(t);
    return result.model.forces.map((f, i) => ({ id: f.id, name: f.name, nation: f.nation, opcon: table[i]!.opcon, tacon: table[i]!.tacon, adcon: table[i]!.adcon }));
  }
  const ids = facts.forces.map((f) => f.id);
  const replay = CommandReplay.fromRecords(result.records, ids, { opcon: facts.forces.map((f) => f.opcon), tacon: facts.forces.map((f) => f.tacon) });
  const frame = replay.tableAt(t);
  return facts.forces.map((f, i) => ({ id: f.id, name: f.name, nation: f.nation, opcon: frame.opcon[i]!, tacon: frame.tacon[i]!, adcon: f.adcon }));
}

/** The `opcon at --json` document (design.md CLI contract). */
export interface CommandTableJson {
  readonly time: string;
  readonly forces: readonly { id: ForceId; name: string; nation: NationId; opcon: HqId | null; tacon: HqId | null; adcon: HqId | null; chain: string[] }[];
}

/**
 * `{"time", "forces": [{"id","name","nation","opcon","tacon","adcon","chain"}]}` at `t`, where
 * `chain` runs from the OPCON holder up to the national authorities (`chainOf`).
 */
export function commandTableJson(result: RunResult, t: SimTime): CommandTableJson {
  const design = result.model.design;
  return {
    time: formatIso(t),
    forces: holdersAt(result, t).map((r) => ({ id: r.id, name: r.name, nation: r.nation, opcon: r.opcon, tacon: r.tacon, adcon: r.adcon, chain: chainOf(r.opcon, design) })),
  };
}

/** Rows of a holder table with a header, for text and Markdown. */
export function holderTableRows(rows: readonly HolderRow[]): string[][] {
  return [['force', 'name', 'nation', 'OPCON', 'TACON', 'ADCON'], ...rows.map((r) => [r.id, r.name, r.nation, r.opcon, r.tacon ?? '-', r.adcon])];
}

/** The `opcon at` text output: a heading with the instant, then one aligned row per force. */
export function renderCommandTable(result: RunResult, t: SimTime): string {
  const facts = runFacts(result);
  const heading = `Command at ${formatRelative(t, facts.start)} (${formatIso(t)}), ${facts.scenario}, design ${facts.designId}, seed ${facts.seed}`;
  // Names come from input: control characters are shown escaped, never sent to the terminal.
  return [showControls(heading), '', ...alignColumns(holderTableRows(holdersAt(result, t)).map((r) => r.map(showControls)))].join('\n') + '\n';
}
