import { showControls } from '../model/showControls.js';
import type { RunResult } from '../engine/api.js';
import { chainOf } from '../model/commandTable.js';
import { officerOf, TERM_LABEL, type CommandTerm, type Design } from '../model/design.js';
import { selectIndices, type ForceId, type HqId, type NationId } from '../model/force.js';
import { formatIso, formatRelative, type SimTime } from '../model/time.js';
import { alignColumns } from './alignColumns.js';
import { CommandReplay } from './commandReplay.js';
import { recordTime, runFacts } from './runFacts.js';

/** One force's relationships at an instant. */
export interface HolderRow {
  readonly id: ForceId;
  readonly name: string;
  readonly nation: NationId;
  readonly opcon: HqId;
  readonly tacon: HqId | null;
  readonly adcon: HqId;
  /** National command (COCOM for U.S. forces): never moves. */
  readonly national: HqId;
  /** What the OPCON holder has, in its doctrine (`OPCON`, `OPCOM`, `NATO OPCON`, `command authority`). */
  readonly opconTerm: string;
  readonly taconTerm: string | null;
  /** The officer commanding the OPCON holder when one officer heads several headquarters. */
  readonly officer: string | null;
}

/** A support relationship in force at an instant. */
export interface SupportRow {
  readonly id: string;
  readonly supported: HqId;
  readonly supporting: readonly HqId[];
  readonly kind: string;
}

/**
 * Who holds what of each force at `t`: from the run's command history when it was kept (the
 * engine's own snapshots), otherwise replayed from the `command` records. Terms come from the
 * records in both cases (and the design's standing assignments and home terms before any).
 */
export function holdersAt(result: RunResult, t: SimTime): HolderRow[] {
  const facts = runFacts(result);
  const design = result.model.design;
  const terms = termsAt(result, t);
  const row = (i: number, opcon: HqId, tacon: HqId | null) => {
    const f = facts.forces[i]!;
    return {
      id: f.id,
      name: f.name,
      nation: f.nation,
      opcon,
      tacon,
      adcon: f.adcon,
      national: f.national,
      opconTerm: TERM_LABEL[terms.opcon[i]!],
      taconTerm: tacon === null ? null : TERM_LABEL[terms.tacon[i]!],
      officer: officerOf(design, opcon)?.title ?? null,
    };
  };
  if (result.history) {
    const table = result.history.at(t);
    return result.model.forces.map((_, i) => row(i, table[i]!.opcon, table[i]!.tacon));
  }
  const replay = CommandReplay.fromRecords(result.records, facts.forces.map((f) => f.id), { opcon: facts.forces.map((f) => f.opcon), tacon: facts.forces.map((f) => f.tacon) });
  const frame = replay.tableAt(t);
  return facts.forces.map((_, i) => row(i, frame.opcon[i]!, frame.tacon[i]!));
}

/**
 * The doctrinal term of each force's OPCON and TACON at `t`: the last `command` record's
 * `term` (absent means the relationship's own name), or before any record the term of the
 * standing assignment holding the force, else its home headquarters' `home-term`.
 */
function termsAt(result: RunResult, t: SimTime): { opcon: CommandTerm[]; tacon: CommandTerm[] } {
  const { forces, design } = result.model;
  const opcon = initialTerms(forces, design);
  const tacon: CommandTerm[] = forces.map(() => 'tacon');
  for (const s of design.standing) if (s.relationship === 'tacon') for (const i of selectIndices(forces, s.forces)) tacon[i] = s.term;
  const index = new Map(forces.map((f, i) => [f.id, i]));
  for (const r of result.records) {
    if (r.type !== 'command') continue;
    if (recordTime(r.t) > t) break;
    const i = index.get(r.force);
    if (i === undefined) continue;
    (r.relationship === 'opcon' ? opcon : tacon)[i] = (r.term as CommandTerm | undefined) ?? r.relationship;
  }
  return { opcon, tacon };
}

function initialTerms(forces: RunResult['model']['forces'], design: Design): CommandTerm[] {
  const home = new Map(design.headquarters.map((h) => [h.id, h.homeTerm]));
  const terms = forces.map((f): CommandTerm => home.get(f.home) ?? 'opcon');
  for (const s of design.standing) if (s.relationship === 'opcon') for (const i of selectIndices(forces, s.forces)) terms[i] = s.term;
  return terms;
}

/** The support relationships in force at `t`, read from the `support` records. */
export function supportAt(result: RunResult, t: SimTime): SupportRow[] {
  const active = new Map<string, SupportRow>();
  for (const r of result.records) {
    if (r.type !== 'support') continue;
    if (recordTime(r.t) > t) break;
    if (r.active) active.set(r.id, { id: r.id, supported: r.supported, supporting: r.supporting, kind: r.kind });
    else active.delete(r.id);
  }
  return [...active.values()];
}

/** The `opcon at --json` document (design.md CLI contract, extended compatibly). */
export interface CommandTableJson {
  readonly time: string;
  readonly forces: readonly {
    id: ForceId;
    name: string;
    nation: NationId;
    opcon: HqId | null;
    tacon: HqId | null;
    adcon: HqId | null;
    chain: string[];
    national: HqId;
    opconTerm: string;
    taconTerm: string | null;
    officer: string | null;
  }[];
  /** Support relationships in force (JP 1: supported and supporting commanders; no command passes). */
  readonly support: readonly SupportRow[];
  /** Officers heading several headquarters (multi-hatted commanders). */
  readonly officers: readonly { id: string; title: string; nation: NationId; heads: readonly HqId[] }[];
}

/**
 * `{"time", "forces": [{"id","name","nation","opcon","tacon","adcon","chain", ...}], ...}` at
 * `t`, where `chain` runs from the OPCON holder up to the national authorities (`chainOf`).
 * The design.md keys come first and keep their meaning; `national`, the doctrinal terms, the
 * officer, `support` and `officers` are additions.
 */
export function commandTableJson(result: RunResult, t: SimTime): CommandTableJson {
  const design = result.model.design;
  return {
    time: formatIso(t),
    forces: holdersAt(result, t).map((r) => ({
      id: r.id,
      name: r.name,
      nation: r.nation,
      opcon: r.opcon,
      tacon: r.tacon,
      adcon: r.adcon,
      chain: chainOf(r.opcon, design),
      national: r.national,
      opconTerm: r.opconTerm,
      taconTerm: r.taconTerm,
      officer: r.officer,
    })),
    support: supportAt(result, t),
    officers: design.officers.map((o) => ({ id: o.id, title: o.title, nation: o.nation, heads: [...o.heads] })),
  };
}

/**
 * Rows of a holder table with a header, for text and Markdown. The OPCON cell names the term
 * when it is not plain OPCON (`shape (NATO OPCON)`), and the commander column the officer when
 * one heads several headquarters.
 */
export function holderTableRows(rows: readonly HolderRow[]): string[][] {
  const opcon = (r: HolderRow) => (r.opconTerm === 'OPCON' ? r.opcon : `${r.opcon} (${r.opconTerm})`);
  const tacon = (r: HolderRow) => (r.tacon === null ? '-' : r.taconTerm === 'TACON' ? r.tacon : `${r.tacon} (${r.taconTerm})`);
  return [['force', 'name', 'nation', 'OPCON', 'TACON', 'ADCON', 'national', 'OPCON commander'], ...rows.map((r) => [r.id, r.name, r.nation, opcon(r), tacon(r), r.adcon, r.national, r.officer?.replace(/\s*\([^)]*\)$/, '') ?? '-'])];
}

/** Lines saying which support relationships are in force, or nothing when none is. */
export function supportLines(rows: readonly SupportRow[]): string[] {
  if (rows.length === 0) return [];
  return ['', 'Support (no command passes):', ...rows.map((s) => `  ${s.supporting.join(', ')} supporting ${s.supported} (${s.kind} support) [${s.id}]`)];
}

/** The `opcon at` text output: a heading with the instant, then one aligned row per force. */
export function renderCommandTable(result: RunResult, t: SimTime): string {
  const facts = runFacts(result);
  const heading = `Command at ${formatRelative(t, facts.start)} (${formatIso(t)}), ${facts.scenario}, design ${facts.designId}, seed ${facts.seed}`;
  // Names come from input: control characters are shown escaped, never sent to the terminal.
  const table = alignColumns(holderTableRows(holdersAt(result, t)).map((r) => r.map(showControls)));
  return [showControls(heading), '', ...table, ...supportLines(supportAt(result, t)).map(showControls)].join('\n') + '\n';
}
