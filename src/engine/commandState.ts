import { produce, freeze, type Draft } from 'immer';
import type { TransferRule, Headquarters, CommandTerm } from '../model/design.js';
import { sameOfficer } from '../model/design.js';
import type { CommandTable, ForceCommand } from '../model/commandTable.js';
import { CommandHistory, initialEntries, termIndex, type TermIndex } from '../model/commandTable.js';
import { selectIndices } from '../model/force.js';
import type { HqId } from '../model/force.js';
import type { Run } from './run.js';

/** What a rule displaced, so its return puts each force back where it was. */
interface Displaced {
  readonly index: number;
  readonly holder: HqId | null;
  readonly rule: string | null;
}

/**
 * The command table of a run and the only code that changes it. Every change writes a
 * `command` record (with `from` equal to the holder just before), checks national constraints,
 * and keeps an immer snapshot when history is kept. National command is never touched.
 */
export class CommandState {
  #table: CommandTable;
  readonly history: CommandHistory | undefined;
  readonly #displaced = new Map<string, Displaced[]>();
  /** What each force holds when no rule does (home or standing assignment), per relationship. */
  readonly #base: { readonly opcon: readonly Displaced[]; readonly tacon: readonly Displaced[] };
  /** Rules holding forces now (transferred and not yet released), and every rule's id. */
  readonly #holding = new Set<string>();
  readonly #ruleIds: ReadonlySet<string>;
  readonly #rules: ReadonlyMap<string, TransferRule>;
  /** Rules whose return has started: forces given back to them pass on at once when it is a change of hats. */
  readonly #returning = new Set<string>();
  readonly #hq: Map<string, Headquarters>;
  readonly #terms: TermIndex;
  /** Listeners told after every batch of changes (friction re-checks eligibility). */
  readonly changed: (() => void)[] = [];
  /** Listeners told of each OPCON change as it is made. */
  readonly opconChanged: ((index: number, from: HqId, to: HqId) => void)[] = [];

  constructor(private readonly run: Run) {
    const { forces, design } = run.model;
    this.#hq = new Map(design.headquarters.map((h) => [h.id, h]));
    this.#terms = termIndex(design);
    // Built mutable, then frozen once when history is kept (sweeps keep it private and mutable).
    const table = initialEntries(forces);
    // Standing assignments hold before the run starts (e.g. CFC's armistice OPCON, 1978-1994).
    for (const st of design.standing) {
      for (const i of selectIndices(forces, st.forces)) {
        const e = table[i]!;
        if (st.relationship === 'opcon') {
          e.opcon = st.holder;
          e.opconRule = st.id;
        } else {
          e.tacon = st.holder;
          e.taconRule = st.id;
        }
      }
    }
    this.#base = {
      opcon: table.map((e, index) => ({ index, holder: e.opcon, rule: e.opconRule })),
      tacon: table.map((e, index) => ({ index, holder: e.tacon, rule: e.taconRule })),
    };
    this.#ruleIds = new Set(design.rules.map((r) => r.id));
    this.#rules = new Map(design.rules.map((r) => [r.id, r]));
    this.#table = run.options.keepHistory === false ? table : freeze(table, true);
    this.history = run.options.keepHistory === false ? undefined : new CommandHistory(table, run.model.start);
  }

  get table(): CommandTable {
    return this.#table;
  }

  /**
   * Moves the rule's relationship of its selected forces to its target; returns how many moved.
   * A force its target already holds under the rule's term is skipped; under another term (UNC's
   * 1950 command authority becoming the 1954 Agreed Minute's OPCON) only the term changes.
   * With `hatChangesOnly`, moves just the forces held by another headquarters of the officer who
   * heads the target: a change of hats takes no transfer time, so the engine calls this when the
   * transfer starts and the plain form when its latency has passed.
   */
  transfer(rule: TransferRule, hatChangesOnly = false): number {
    const { forces, design } = this.run.model;
    if (hatChangesOnly && design.officers.length === 0) return 0;
    const rel = rule.relationship;
    const moved: Displaced[] = [];
    for (const index of selectIndices(forces, rule.forces)) {
      const entry = this.#table[index]!;
      const holder = rel === 'opcon' ? entry.opcon : entry.tacon;
      const heldBy = rel === 'opcon' ? entry.opconRule : entry.taconRule;
      if (holder === rule.to && (heldBy === rule.id || this.#terms.termOf(holder, heldBy, rel) === rule.term)) continue;
      if (rule.from && (holder === null || !rule.from.includes(holder))) continue;
      if (hatChangesOnly && !sameOfficer(design, holder, rule.to)) continue;
      moved.push({ index, holder, rule: heldBy });
    }
    if (!hatChangesOnly) this.#returning.delete(rule.id);
    if (moved.length === 0) return 0;
    const earlier = this.#displaced.get(rule.id);
    this.#displaced.set(rule.id, earlier ? [...earlier, ...moved] : moved);
    this.#holding.add(rule.id);
    this.#apply(moved.map((m) => ({ index: m.index, holder: rule.to, rule: rule.id })), rel, rule.id);
    return moved.length;
  }

  /**
   * Returns the forces a rule still holds to where each was before, unless the rule that held
   * them before has itself let go meanwhile: then to the force's base holder (home or standing).
   * (CFC took ROK forces from UNC in 1978; when CFC's armistice OPCON ended in 1994 they went to
   * the ROK JCS, not back to a UN Command whose hold had ended in 1978.) With `hatChangesOnly`,
   * returns just the forces going back to another headquarters of the target's officer (no
   * transfer time), keeping the rest for the plain call. Returns how many moved.
   */
  release(rule: TransferRule, hatChangesOnly = false): number {
    const design = this.run.model.design;
    if (hatChangesOnly && design.officers.length === 0) return 0;
    const rel = rule.relationship;
    if (!hatChangesOnly) this.#holding.delete(rule.id);
    if (hatChangesOnly) this.#returning.add(rule.id);
    else this.#returning.delete(rule.id);
    const displaced = this.#displaced.get(rule.id) ?? [];
    const stillHeld = displaced.filter((d) => (rel === 'opcon' ? this.#table[d.index]!.opconRule : this.#table[d.index]!.taconRule) === rule.id);
    const destination = (d: Displaced): Displaced => (d.rule === null || !this.#ruleIds.has(d.rule) || this.#holding.has(d.rule) ? d : this.#base[rel][d.index]!);
    const back = stillHeld.map(destination).filter((d) => !hatChangesOnly || sameOfficer(design, rule.to, d.holder));
    if (hatChangesOnly) {
      // Keep every other entry, including forces another rule holds for now: they may come back.
      const gone = new Set(back.map((d) => d.index));
      this.#displaced.set(rule.id, displaced.filter((d) => !gone.has(d.index)));
    } else this.#displaced.delete(rule.id);
    if (back.length === 0) return 0;
    this.#apply(back, rel, rule.id);
    // Forces given back to a rule whose own return has started go on at once if that is a
    // change of hats (a JSF returning forces to a JTF on USFJ that is already standing down).
    let moved = back.length;
    for (const id of new Set(back.map((d) => d.rule))) {
      const previous = id === null ? undefined : this.#rules.get(id);
      if (previous && this.#returning.has(previous.id)) moved += this.release(previous, true);
    }
    return moved;
  }

  #apply(changes: readonly Displaced[], rel: 'opcon' | 'tacon', ruleId: string): void {
    const run = this.run;
    const { forces } = run.model;
    const cause = run.clock.currentCause ?? -1;
    let lastSeq = cause;
    for (const c of changes) {
      const f = forces[c.index]!;
      const entry = this.#table[c.index]!;
      const from = rel === 'opcon' ? entry.opcon : entry.tacon;
      if (rel === 'opcon' && c.holder === null) run.fail(`rule ${ruleId} would leave ${f.id} without an OPCON holder`);
      const term = c.holder === null ? rel : this.#terms.termOf(c.holder, c.rule, rel);
      lastSeq = run.log.emit({ type: 'command', force: f.id, relationship: rel, from, to: c.holder, rule: ruleId, ...(term !== rel ? { term } : {}), cause });
      if (rel === 'opcon') for (const listener of this.opconChanged) listener(c.index, from!, c.holder!);
      if (c.holder !== null) this.#checkConstraint(c.index, rel, c.holder, ruleId, lastSeq);
    }
    const write = (table: Draft<ForceCommand>[]) => {
      for (const c of changes) {
        const e = table[c.index]!;
        if (rel === 'opcon') {
          e.opcon = c.holder!;
          e.opconRule = c.rule;
        } else {
          e.tacon = c.holder;
          e.taconRule = c.rule;
        }
      }
    };
    // With history kept, every snapshot must stay valid: immer makes the next one, sharing the
    // rest. Without history (sweeps) nobody holds an old table, so it is changed in place.
    if (this.history) this.#table = produce(this.#table, (draft) => write(draft as Draft<ForceCommand>[]));
    else write(this.#table as Draft<ForceCommand>[]);
    if (this.history) {
      run.chargeSnapshot(this.#table.length);
      this.history.push(run.now, lastSeq, this.#table);
    }
    for (const listener of this.changed) run.defer(listener);
  }

  /** Records a transfer the force's nation does not allow to a commander of another nation. */
  #checkConstraint(index: number, rel: 'opcon' | 'tacon', holder: HqId, ruleId: string, cause: number): void {
    const run = this.run;
    const force = run.model.forces[index]!;
    const hq = this.#hq.get(holder);
    if (!hq) return run.fail(`rule ${ruleId} names unknown headquarters ${holder}`);
    if (hq.commander === force.nation) return;
    const constraint = run.model.design.constraints.find((c) => c.nation === force.nation);
    if (!constraint) return;
    const allowed = constraint[rel];
    const nationAllowed = allowed === 'any' || allowed.includes(hq.commander);
    if (nationAllowed && (!constraint.holders || constraint.holders.includes(holder))) return;
    run.log.emit({ type: 'constraint', force: force.id, nation: force.nation, relationship: rel, holder, commander: hq.commander, law: constraint.law, rule: ruleId, cause });
  }

  /** The doctrinal term under which `holder` has a force's relationship (see {@link TermIndex}). */
  termOf(holder: HqId, rule: string | null, rel: 'opcon' | 'tacon'): CommandTerm {
    return this.#terms.termOf(holder, rule, rel);
  }

  headquarters(id: HqId): Headquarters | undefined {
    return this.#hq.get(id);
  }
}
