import type { HqId } from '../model/force.js';
import type { LogRecord } from '../model/records.js';
import type { SimTime } from '../model/time.js';
import { parseRecordTime } from '../model/time.js';

/** One change of a force's OPCON or TACON holder, as a `command` record states it. */
export interface CommandChange {
  readonly seq: number;
  readonly t: SimTime;
  /** Index of the force in the run's force list. */
  readonly force: number;
  readonly relationship: 'opcon' | 'tacon';
  /** The new holder; for OPCON, null means back to the force's initial holder. */
  readonly to: HqId | null;
}

/** Who holds OPCON and TACON of each force (arrays indexed like the forces). */
export interface CommandTableView {
  readonly opcon: readonly HqId[];
  readonly tacon: readonly (HqId | null)[];
}

/** One stretch of time a force spends under one OPCON holder. */
export interface HolderSegment {
  readonly holder: HqId;
  readonly from: SimTime;
  readonly to: SimTime;
}

/** Replaying from a snapshot taken every this many changes keeps a look-up short and memory linear. */
const CHECKPOINT_EVERY = 64;

/**
 * The command table of a run replayed from `command` records alone (sinks and the viewer read
 * records, never the engine's snapshots). It stores the changes (deltas) and a snapshot every
 * {@link CHECKPOINT_EVERY} changes, so memory grows linearly with the records (a full table per
 * record grew as records x forces) and any instant is answered by a short replay.
 * Relationships other than OPCON and TACON (ADCON, support, ...) do not change the table.
 */
export class CommandReplay {
  readonly changes: readonly CommandChange[];
  private readonly checkpoints: CommandTableView[] = [];

  constructor(
    readonly initial: CommandTableView,
    changes: readonly CommandChange[],
  ) {
    this.changes = changes;
    const opcon = initial.opcon.slice();
    const tacon = initial.tacon.slice();
    changes.forEach((c, k) => {
      if (k % CHECKPOINT_EVERY === 0) this.checkpoints.push({ opcon: opcon.slice(), tacon: tacon.slice() });
      applyChange(initial, opcon, tacon, c);
    });
  }

  /** Reads the `command` records of a run whose forces (in order) start under `initial`. */
  static fromRecords(records: readonly LogRecord[], forceIds: readonly string[], initial: CommandTableView): CommandReplay {
    const index = new Map(forceIds.map((id, i) => [id, i]));
    const changes: CommandChange[] = [];
    for (const r of records) {
      if (r.type !== 'command' || (r.relationship !== 'opcon' && r.relationship !== 'tacon')) continue;
      const force = index.get(r.force);
      if (force === undefined) continue;
      changes.push({ seq: r.seq, t: parseRecordTime(r.t), force, relationship: r.relationship, to: r.to });
    }
    return new CommandReplay(initial, changes);
  }

  /** How many changes have seq at most `seq` (changes are in seq order). */
  private countUpToSeq(seq: number): number {
    return upperBound(this.changes, (c) => c.seq <= seq);
  }

  /** How many changes are stamped at or before `t`. */
  countUpToTime(t: SimTime): number {
    return upperBound(this.changes, (c) => c.t <= t);
  }

  /** The table after the first `count` changes. */
  tableAfterCount(count: number): CommandTableView {
    const n = Math.max(0, Math.min(count, this.changes.length));
    const k = Math.floor(n / CHECKPOINT_EVERY);
    const base = this.checkpoints[k] ?? this.initial;
    const from = this.checkpoints[k] ? k * CHECKPOINT_EVERY : 0;
    const opcon = base.opcon.slice();
    const tacon = base.tacon.slice();
    for (let i = from; i < n; i++) applyChange(this.initial, opcon, tacon, this.changes[i]!);
    return { opcon, tacon };
  }

  /** The table after every change with seq at most `seq` (-1: the initial table). */
  tableAfterSeq(seq: number): CommandTableView {
    return this.tableAfterCount(this.countUpToSeq(seq));
  }

  /** The table in force at `t` (after every change stamped at or before `t`). */
  tableAt(t: SimTime): CommandTableView {
    return this.tableAfterCount(this.countUpToTime(t));
  }

  /**
   * Each force's OPCON holders over [start, end] as segments, in one pass over the changes.
   * Changes of one instant leave no zero-length segment behind.
   */
  segments(start: SimTime, end: SimTime): HolderSegment[][] {
    const out: HolderSegment[][] = this.initial.opcon.map((holder) => [{ holder, from: start, to: end }]);
    const opcon = this.initial.opcon.slice();
    for (const c of this.changes) {
      if (c.relationship !== 'opcon') continue;
      const holder = c.to ?? this.initial.opcon[c.force]!;
      if (holder === opcon[c.force]) continue;
      opcon[c.force] = holder;
      const list = out[c.force]!;
      const last = list[list.length - 1]!;
      if (last.from === c.t) {
        list.pop();
        const before = list[list.length - 1];
        if (before && before.holder === holder) {
          list[list.length - 1] = { ...before, to: end };
          continue;
        }
      } else list[list.length - 1] = { ...last, to: c.t };
      list.push({ holder, from: c.t, to: end });
    }
    return out;
  }
}

function applyChange(initial: CommandTableView, opcon: HqId[], tacon: (HqId | null)[], c: CommandChange): void {
  if (c.relationship === 'opcon') opcon[c.force] = c.to ?? initial.opcon[c.force]!;
  else tacon[c.force] = c.to;
}

/** The number of leading items of a sorted list for which `inside` holds (binary search). */
export function upperBound<T>(items: readonly T[], inside: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inside(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
