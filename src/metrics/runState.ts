import { parseRecordTime } from '../model/time.js';
import type { LogRecord, RunStartRecord } from '../model/records.js';
import { BODY_ACTIVE, THEATER_PREFIX } from './recordNames.js';

/** What metrics need to know about a headquarters. */
export interface HqInfo {
  readonly kind: string;
  readonly commander: string;
  readonly parent: string | null;
  /** Echelon as logged (`alliance-political`, `theater`, ...); undefined in older logs. */
  readonly echelon: string | undefined;
  /** Nations staffing it (a combined headquarters: the alliance's); in older logs its commander's and deputy's. */
  readonly nations: readonly string[];
}

/**
 * Whether a headquarters commands forces: political headquarters and alliance councils
 * (echelon `alliance-...`: NAC, NATO MC, the U.S.-Japan SCC) give guidance but are not
 * commanders in a military chain (docs/metrics.md "Unity of command").
 */
export function isCommander(h: HqInfo | undefined): boolean {
  return h !== undefined && h.kind !== 'political' && !(h.echelon ?? '').startsWith('alliance-');
}

/**
 * The state of a run as far as metrics care, rebuilt from log records alone: OPCON holders,
 * engaged forces, active coordination bodies and theater levels. Metrics read it between
 * records; it never reads the engine.
 */
export class RunState {
  /** Epoch ms of the run's start and planned end (from `run-start`). */
  start = 0;
  end = 0;
  readonly nationOf = new Map<string, string>();
  readonly hq = new Map<string, HqInfo>();
  /** Current OPCON holder of each force (null when a rule left it with none). */
  readonly opcon = new Map<string, string | null>();
  /** Current TACON holder of each force (absent or null when none). */
  readonly tacon = new Map<string, string | null>();
  /** Engaged forces; a Set keeps insertion order, so iteration is deterministic. */
  readonly engaged = new Set<string>();
  /** Current state and level of every body that has a coordination record or starts listed. */
  readonly bodies = new Map<string, { state: string; level: string | null }>();
  /** Members of each body: overall, and by level name. */
  /** For each headquarters of a multi-hatted officer, the officer's other headquarters. */
  readonly otherHats = new Map<string, readonly string[]>();
  readonly bodyMembers = new Map<string, { members: readonly string[]; levels: Map<string, readonly string[]> }>();
  /** Current theater levels as strings (`posture` -> `hostilities`, `phase` -> `2`); absent while unknown. */
  readonly levels = new Map<string, string>();
  /**
   * Levels at the start, as learned late from the `from` of the first state record when
   * `run-start` did not carry `initial`; lets time-weighted metrics attribute the time before
   * the first change.
   */
  readonly initialLevels = new Map<string, string>();
  /** Open friction episodes by id, with their start times. */
  readonly openFriction = new Map<string, number>();
  /**
   * Counts of *directing* holders (docs/metrics.md: the TACON holder when a force has one, else the
   * OPCON holder: whoever directs its employment), kept up to date record by record, so judging an arrangement costs O(holders), not
   * O(forces): at theater scale (thousands of forces and events) a scan per instant is quadratic.
   */
  readonly engagedHolders = new Map<string | null, number>();
  readonly engagedNations = new Map<string, number>();
  readonly allHolders = new Map<string | null, number>();
  readonly allNations = new Map<string, number>();
  /** Bumped whenever holders, engagement or bodies change; lets judgements be cached per state. */
  version = 0;

  /** Applies one record. Unknown record types are ignored so newer logs still score. */
  apply(r: LogRecord): void {
    switch (r.type) {
      case 'run-start':
        this.#start(r);
        break;
      case 'command': {
        const before = this.directing(r.force);
        if (r.relationship === 'opcon') this.opcon.set(r.force, r.to);
        else this.tacon.set(r.force, r.to);
        const after = this.directing(r.force);
        if (after !== before) {
          bump(this.allHolders, before, -1);
          bump(this.allHolders, after, 1);
          if (this.engaged.has(r.force)) {
            bump(this.engagedHolders, before, -1);
            bump(this.engagedHolders, after, 1);
          }
        }
        this.version++;
        break;
      }
      case 'engagement':
        if (r.engaged === this.engaged.has(r.force)) break;
        if (r.engaged) this.engaged.add(r.force);
        else this.engaged.delete(r.force);
        bump(this.engagedHolders, this.directing(r.force), r.engaged ? 1 : -1);
        bump(this.engagedNations, this.nationOf.get(r.force) ?? '?', r.engaged ? 1 : -1);
        this.version++;
        break;
      case 'coordination':
        this.bodies.set(r.body, { state: r.to, level: r.level });
        this.version++;
        break;
      case 'state':
        if (r.machine.startsWith(THEATER_PREFIX)) {
          const name = r.machine.slice(THEATER_PREFIX.length);
          if (!this.initialLevels.has(name)) this.initialLevels.set(name, String(r.from));
          this.levels.set(name, String(r.to));
        }
        break;
      case 'friction':
        if (r.phase === 'start') this.openFriction.set(r.id, parseRecordTime(r.t));
        else this.openFriction.delete(r.id);
        break;
      default:
        break;
    }
  }

  #start(r: RunStartRecord): void {
    this.start = parseRecordTime(r.start);
    this.end = parseRecordTime(r.end);
    for (const f of r.forces) {
      this.nationOf.set(f.id, f.nation);
      this.opcon.set(f.id, f.opcon);
      if (f.tacon) this.tacon.set(f.id, f.tacon);
      bump(this.allHolders, this.directing(f.id), 1);
      bump(this.allNations, f.nation, 1);
    }
    for (const h of r.headquarters) this.hq.set(h.id, { kind: h.kind, commander: h.commander, parent: h.parent, echelon: h.echelon, nations: h.nations ?? (h.kind === 'combined' && h.deputy ? [h.commander, h.deputy] : [h.commander]) });
    this.#tops.clear();
    this.#chains.clear();
    for (const o of r.officers ?? []) for (const h of o.heads) this.otherHats.set(h, o.heads.filter((x) => x !== h));
    for (const b of r.bodies ?? []) {
      this.bodyMembers.set(b.id, { members: b.members, levels: new Map(b.levels.map((l) => [l.name, l.members])) });
      this.bodies.set(b.id, { state: b.initial, level: null });
    }
    this.version++;
    for (const [k, v] of Object.entries(r.initial ?? {})) {
      this.levels.set(k, String(v));
      this.initialLevels.set(k, String(v));
    }
  }

  /** A level's current value, or its start value when no change has been seen yet. */
  level(name: string): string | undefined {
    return this.levels.get(name);
  }

  /** Members of every body that is active now (at its current level's membership when it has one). */
  activeBodies(): (readonly string[])[] {
    const out: (readonly string[])[] = [];
    for (const [id, s] of this.bodies) {
      if (s.state !== BODY_ACTIVE) continue;
      const info = this.bodyMembers.get(id);
      if (!info) continue;
      out.push((s.level !== null && info.levels.get(s.level)) || info.members);
    }
    return out;
  }

  /**
   * The headquarters and every headquarters above it (a holder is represented where its parents
   * are), and the other headquarters of an officer heading one of them: one person links them.
   */
  lineage(hq: string): string[] {
    const out: string[] = [];
    let cur: string | null = hq;
    while (cur !== null && !out.includes(cur)) {
      out.push(cur);
      cur = this.hq.get(cur)?.parent ?? null;
    }
    for (const h of [...out]) for (const other of this.otherHats.get(h) ?? []) if (!out.includes(other)) out.push(other);
    return out;
  }

  /** Who directs a force's employment now: its TACON holder when it has one, else its OPCON holder. */
  directing(force: string): string | null {
    return this.tacon.get(force) ?? this.opcon.get(force) ?? null;
  }

  /**
   * A headquarters' military chain: itself and the commanders above it, up to the first parent
   * that is not a commander (a ministry, an alliance council). The last element is its top.
   */
  militaryChain(hq: string): string[] {
    const cached = this.#chains.get(hq);
    if (cached) return cached;
    const out = [hq];
    for (const up of this.lineage(hq).slice(1)) {
      if (!isCommander(this.hq.get(up))) break;
      out.push(up);
    }
    this.#chains.set(hq, out);
    return out;
  }

  /**
   * The operational-level commander at the top of a holder's military chain: components under one
   * joint or combined commander share it (docs/metrics.md "Unity of command").
   */
  top(hq: string): string {
    let t = this.#tops.get(hq);
    if (t === undefined) {
      const chain = this.militaryChain(hq);
      t = chain[chain.length - 1]!;
      this.#tops.set(hq, t);
    }
    return t;
  }

  readonly #tops = new Map<string, string>();
  readonly #chains = new Map<string, string[]>();

  /**
   * Combined headquarters that direct at least one force now: integrated commands in operation,
   * which link their nations' forces by themselves (docs/metrics.md "Working combined arrangement").
   */
  integratedCommands(): string[] {
    const out: string[] = [];
    for (const h of this.allHolders.keys()) {
      if (h === null) continue;
      const info = this.hq.get(h);
      if (info?.kind === 'combined' && isCommander(info)) out.push(h);
    }
    return out;
  }
}

/** Adds `by` to a count, deleting it at zero so `keys()` lists exactly the present values. */
function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
}
