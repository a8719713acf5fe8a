import { produce, freeze, type Draft } from 'immer';
import type { Force, ForceId, HqId } from './force.js';
import type { CommandTerm, Headquarters, Design } from './design.js';
import type { SimTime } from './time.js';

/** One force's command relationships at an instant. */
export interface ForceCommand {
  readonly opcon: HqId;
  readonly tacon: HqId | null;
  readonly adcon: HqId;
  /** National command (COCOM for U.S. forces): never moves. */
  readonly national: HqId;
  /** The rule under which OPCON / TACON is held now, or null when held by the home headquarters. */
  readonly opconRule: string | null;
  readonly taconRule: string | null;
}

/**
 * Who commands which forces at one instant, indexed like the scenario's forces (an array, so
 * iteration order never depends on what the ids look like). Immutable: every change is an
 * immer `produce`, so earlier snapshots stay valid and share structure.
 */
export type CommandTable = readonly ForceCommand[];

/** The table before any rule fires: every force under its home headquarters (frozen). */
export function initialTable(forces: readonly Force[]): CommandTable {
  return freeze(initialEntries(forces), true);
}

/** The entries of {@link initialTable}, unfrozen, for a caller that finishes them first. */
export function initialEntries(forces: readonly Force[]): Draft<ForceCommand>[] {
  return forces.map((f) => ({ opcon: f.home, tacon: null, adcon: f.adcon, national: f.national, opconRule: null, taconRule: null }));
}

/** Sets one relationship of one force, returning a new snapshot (the old one is unchanged). */
export function assign(table: CommandTable, index: number, relationship: 'opcon' | 'tacon', holder: HqId | null, rule: string | null): CommandTable {
  return produce(table, (draft) => {
    const entry = draft[index]!;
    if (relationship === 'opcon') {
      entry.opcon = holder!;
      entry.opconRule = rule;
    } else {
      entry.tacon = holder;
      entry.taconRule = rule;
    }
  });
}

/**
 * The chain of command above a headquarters, up to the top of its chain, then the national
 * authorities that top answers to: `[cfc, us-president, rok-president]`.
 */
export function chainOf(hq: HqId, design: Design): string[] {
  const byId = new Map<string, Headquarters>(design.headquarters.map((h) => [h.id, h]));
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: Headquarters | undefined = byId.get(hq);
  if (!current) return [hq];
  while (current && !seen.has(current.id)) {
    chain.push(current.id);
    seen.add(current.id);
    if (!current.parent) {
      chain.push(...current.authorities);
      break;
    }
    current = byId.get(current.parent);
  }
  return chain;
}

/** A snapshot stamped with the instant and the record after which it holds. */
export interface TableSnapshot {
  readonly t: SimTime;
  readonly seq: number;
  readonly table: CommandTable;
}

/**
 * The command table over a run: every snapshot in simulation order. Answers "who commanded
 * which forces at T" without re-running.
 */
export class CommandHistory {
  readonly #snapshots: TableSnapshot[] = [];

  constructor(initial: CommandTable, start: SimTime) {
    this.#snapshots.push({ t: start, seq: -1, table: initial });
  }

  /** Adds the table as it stands after record `seq` at time `t`. */
  push(t: SimTime, seq: number, table: CommandTable): void {
    this.#snapshots.push({ t, seq, table });
  }

  get current(): CommandTable {
    return this.#snapshots[this.#snapshots.length - 1]!.table;
  }

  get snapshots(): readonly TableSnapshot[] {
    return this.#snapshots;
  }

  /** The table in force at `t`: after every change stamped at or before `t`. */
  at(t: SimTime): CommandTable {
    let lo = 0;
    let hi = this.#snapshots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#snapshots[mid]!.t <= t) lo = mid;
      else hi = mid - 1;
    }
    return this.#snapshots[lo]!.table;
  }
}

/** Index of forces by id, for O(1) lookups from records. */
export function forceIndex(forces: readonly Force[]): Map<ForceId, number> {
  return new Map(forces.map((f, i) => [f.id, i]));
}

/**
 * Answers "under which doctrinal term does this holder have the force": the term of the rule or
 * standing assignment holding it, else the holder's `home-term` (Australia's CJOPS: operational
 * command), else the slot's own name (OPCON or TACON).
 */
export interface TermIndex {
  termOf(holder: HqId, rule: string | null, rel: 'opcon' | 'tacon'): CommandTerm;
}

/** Builds the {@link TermIndex} of a design (rules first, then standing assignments). */
export function termIndex(design: Design): TermIndex {
  const byRule = new Map<string, CommandTerm>();
  for (const s of design.standing) byRule.set(s.id, s.term);
  for (const r of design.rules) byRule.set(r.id, r.term);
  const home = new Map<string, CommandTerm>();
  for (const h of design.headquarters) if (h.homeTerm) home.set(h.id, h.homeTerm);
  return {
    termOf(holder, rule, rel) {
      if (rule !== null) return byRule.get(rule) ?? rel;
      // The home term names what the holder has over OPCON-slot forces at home, never TACON.
      return rel === 'opcon' ? (home.get(holder) ?? rel) : rel;
    },
  };
}
