import type { HqId, NationId } from '../model/force.js';
import type { RecordedRun } from '../model/recordedRun.js';
import { LEVEL_NAMES, type LevelName } from '../model/theater.js';
import { parseRecordTime, type SimTime } from '../model/time.js';
import { narrate } from '../narrate/narrate.js';
import type { NarrationKind, NarrationStep } from '../narrate/narrationStep.js';
import { levelLabel, levelValue, shortName } from '../narrate/phrases.js';
import { CommandReplay, upperBound, type CommandTableView, type HolderSegment } from '../output/commandReplay.js';
import { nationOrder } from '../output/nationPalette.js';
import { runFacts, type RunIdentity } from '../output/runFacts.js';
import { runClock, type RunClock } from './runClock.js';

/** A headquarters as the viewer draws it. */
export interface ViewHq {
  readonly id: HqId;
  readonly name: string;
  readonly kind: string;
  readonly commander: NationId;
  readonly deputy: NationId | null;
  readonly parent: HqId | null;
  /** Names of the national authorities a top headquarters answers to. */
  readonly authorities: readonly string[];
}

/** A force as the viewer draws it. */
export interface ViewForce {
  readonly id: string;
  readonly name: string;
  readonly nation: NationId;
  readonly component: string;
}

/** A coordination body: members it links, and its state over time. */
export interface ViewBody {
  readonly id: string;
  readonly name: string;
  readonly members: readonly HqId[];
  readonly initial: string;
}

/** A change of a theater level or a body's state, after record `seq`. */
interface Change<T> {
  readonly seq: number;
  readonly t: SimTime;
  readonly value: T;
}

/**
 * Everything the page shows, derived in the browser from the run's records and model: the
 * narration (the same steps as `opcon explain`), command changes as deltas, theater levels and
 * body states. Derived state (the table at a step) is computed on demand, never stored per
 * record, so the work and memory grow linearly with the records.
 */
export interface ViewModel {
  readonly identity: RunIdentity;
  readonly clock: RunClock;
  readonly nations: readonly NationId[];
  readonly hqs: readonly ViewHq[];
  readonly hqById: ReadonlyMap<HqId, ViewHq>;
  readonly forces: readonly ViewForce[];
  readonly bodies: readonly ViewBody[];
  readonly steps: readonly NarrationStep[];
  /** The theater levels this scenario uses (others are never drawn). */
  readonly levels: readonly LevelName[];
  readonly replay: CommandReplay;
  /** Each force's OPCON holders over the run. */
  readonly segments: readonly (readonly HolderSegment[])[];
  /** For each step, the last record seq it and the steps before it cover (non-decreasing). */
  readonly stepCutoff: readonly number[];
  /** For each step, the indexes of forces whose OPCON or TACON changes in it. */
  readonly stepForces: readonly (readonly number[])[];
  /** Record times and seqs in log order (to turn a scrubbed instant into a cut-off seq). */
  readonly recordTimes: readonly SimTime[];
  readonly recordSeqs: readonly number[];
  readonly levelChanges: ReadonlyMap<LevelName, readonly Change<string>[]>;
  readonly initialLevels: ReadonlyMap<LevelName, string>;
  readonly bodyChanges: ReadonlyMap<string, readonly Change<{ state: string; level: string | null }>[]>;
}

/** Builds the view model of a run. Pure. */
export function viewModel(run: RecordedRun): ViewModel {
  const facts = runFacts(run);
  const design = run.model.design;
  const records = run.records;
  const forces = facts.forces.map((f) => ({ id: f.id, name: f.name, nation: f.nation, component: f.component }));
  const authorityNames = new Map(design.authorities.map((a) => [a.id, shortName(a.name)]));
  const hqs: ViewHq[] = design.headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null, parent: h.parent ?? null, authorities: h.authorities.map((a) => authorityNames.get(a) ?? a) }));
  const hqById = new Map(hqs.map((h) => [h.id, h]));
  const nations = nationOrder(design, forces.map((f) => f.nation));
  const initial: CommandTableView = { opcon: facts.forces.map((f) => f.opcon), tacon: facts.forces.map((f) => f.tacon) };
  const replay = CommandReplay.fromRecords(records, forces.map((f) => f.id), initial);
  const steps = narrate(run);
  const { levelChanges, initialLevels, bodyChanges } = theaterChanges(run);
  return {
    identity: { scenario: facts.scenario, title: facts.title, designId: facts.designId, designName: facts.designName, seed: facts.seed, version: facts.version, start: facts.start, end: facts.end },
    clock: runClock(facts.start, facts.end),
    nations,
    hqs,
    hqById,
    forces,
    bodies: design.bodies.map((b) => ({ id: b.id, name: b.name, members: b.members, initial: b.initial })),
    steps,
    levels: levelsUsed(run, levelChanges),
    replay,
    segments: replay.segments(facts.start, facts.end),
    stepCutoff: cutoffs(steps),
    stepForces: forcesPerStep(steps, replay),
    recordTimes: records.map((r) => parseRecordTime(r.t)),
    recordSeqs: records.map((r) => r.seq),
    levelChanges,
    initialLevels,
    bodyChanges,
  };
}

function cutoffs(steps: readonly NarrationStep[]): number[] {
  let max = -1;
  return steps.map((s) => (max = Math.max(max, s.seq[1])));
}

function forcesPerStep(steps: readonly NarrationStep[], replay: CommandReplay): number[][] {
  // Changes are in seq order; a step covers the seqs in its range.
  return steps.map((s) => {
    const from = upperBound(replay.changes, (c) => c.seq < s.seq[0]);
    const to = upperBound(replay.changes, (c) => c.seq <= s.seq[1]);
    return [...new Set(replay.changes.slice(from, to).map((c) => c.force))];
  });
}

function theaterChanges(run: RecordedRun) {
  const levelChanges = new Map<LevelName, Change<string>[]>();
  const initialLevels = new Map<LevelName, string>();
  for (const level of LEVEL_NAMES) {
    initialLevels.set(level, label(level, String(run.model.initial[level])));
    levelChanges.set(level, []);
  }
  const bodyChanges = new Map<string, Change<{ state: string; level: string | null }>[]>();
  for (const r of run.records) {
    if (r.type === 'state' && r.machine.startsWith('theater.')) {
      const level = r.machine.slice('theater.'.length) as LevelName;
      levelChanges.get(level)?.push({ seq: r.seq, t: parseRecordTime(r.t), value: label(level, r.to) });
    } else if (r.type === 'coordination') {
      const list = bodyChanges.get(r.body) ?? [];
      list.push({ seq: r.seq, t: parseRecordTime(r.t), value: { state: r.to, level: r.level ?? null } });
      bodyChanges.set(r.body, list);
    }
  }
  return { levelChanges, initialLevels, bodyChanges };
}

/** Tile text: `DEFCON III`, `Phase 2 (seize the initiative)`; posture and situation as they are (the tile names them). */
function label(level: LevelName, value: string): string {
  return level === 'posture' || level === 'situation' ? value : levelLabel(level, levelValue(level, value));
}

/**
 * The levels a scenario uses: those that change in the run, and those any condition, gate or
 * event of the scenario and design reads or sets. A Korean run has no "Japan situation" tile.
 */
export function levelsUsed(run: RecordedRun, changes: ReadonlyMap<LevelName, readonly unknown[]>): LevelName[] {
  const used = new Set<string>();
  for (const [level, list] of changes) if (list.length > 0) used.add(level);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o['kind'] === 'compare' && typeof o['variable'] === 'string') used.add(o['variable']);
    if (o['kind'] === 'set-level' && typeof o['level'] === 'string') used.add(o['level']);
    for (const v of Object.values(o)) visit(v);
  };
  visit(run.model.design);
  visit(run.model.timeline);
  for (const g of run.model.design.gates) used.add(g.level);
  return LEVEL_NAMES.filter((l) => used.has(l));
}

/** How many records are stamped at or before `t` (records are in time order). */
function recordsUpTo(vm: ViewModel, t: SimTime): number {
  return upperBound(vm.recordTimes, (rt) => rt <= t);
}

/** The last record seq at or before `t` (-1 before any). */
export function seqAtTime(vm: ViewModel, t: SimTime): number {
  const n = recordsUpTo(vm, t);
  return n === 0 ? -1 : vm.recordSeqs[n - 1]!;
}

/** The last narration step at or before `t` (-1 before the first). */
export function stepAtTime(vm: ViewModel, t: SimTime): number {
  return upperBound(vm.steps, (s) => s.t <= t) - 1;
}

/** The command table after record `seq`. */
export function tableAfter(vm: ViewModel, seq: number): CommandTableView {
  return vm.replay.tableAfterSeq(seq);
}

function lastUpTo<T>(list: readonly Change<T>[] | undefined, seq: number): T | undefined {
  if (!list) return undefined;
  const n = upperBound(list, (c) => c.seq <= seq);
  return n === 0 ? undefined : list[n - 1]!.value;
}

/** Each used theater level's label after record `seq`. */
export function levelsAfter(vm: ViewModel, seq: number): Map<LevelName, string> {
  const out = new Map<LevelName, string>();
  for (const level of vm.levels) out.set(level, lastUpTo(vm.levelChanges.get(level), seq) ?? vm.initialLevels.get(level) ?? '');
  return out;
}

/** Each body's state (and level when flexing) after record `seq`. */
export function bodiesAfter(vm: ViewModel, seq: number): Map<string, { state: string; level: string | null }> {
  const out = new Map<string, { state: string; level: string | null }>();
  for (const b of vm.bodies) out.set(b.id, lastUpTo(vm.bodyChanges.get(b.id), seq) ?? { state: b.initial, level: null });
  return out;
}

/** The next step after `step` in which force `force` changes holder, or undefined. */
export function nextChangeOfForce(vm: ViewModel, step: number, force: number): number | undefined {
  for (let i = step + 1; i < vm.steps.length; i++) if (vm.stepForces[i]!.includes(force)) return i;
  return undefined;
}

/** The previous step before `step` in which force `force` changes holder, or undefined. */
export function previousChangeOfForce(vm: ViewModel, step: number, force: number): number | undefined {
  for (let i = Math.min(step, vm.steps.length) - 1; i >= 0; i--) if (vm.stepForces[i]!.includes(force)) return i;
  return undefined;
}

/** The next step after `step` of narration kind `kind`, or undefined. */
export function nextOfKind(vm: ViewModel, step: number, kind: NarrationKind): number | undefined {
  for (let i = step + 1; i < vm.steps.length; i++) if (vm.steps[i]!.kind === kind) return i;
  return undefined;
}
