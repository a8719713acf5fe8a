import type { Authority, CoordinationBody, Gate, Headquarters, TransferRule } from '../model/design.js';
import type { Force } from '../model/force.js';
import type { RecordedRun } from '../model/recordedRun.js';
import type { LogRecord, RequestRecord, DecisionRecord, RunStartRecord } from '../model/records.js';
import type { TimelineEvent } from '../model/scenario.js';
import type { SimTime } from '../model/time.js';
import { parseIso } from '../model/time.js';

/**
 * Everything a narration looks up while reading records: the design's parts by id, the
 * records by seq, and the decisions of each request. Built once per run; read-only after.
 */
export interface NarrationContext {
  readonly result: RecordedRun;
  readonly start: SimTime;
  readonly end: SimTime;
  /** Runs longer than this read better with dates than with `T+` offsets (history scenarios). */
  readonly longRun: boolean;
  readonly runStart: RunStartRecord | undefined;
  readonly hq: ReadonlyMap<string, Headquarters>;
  /** Headquarters of `run-start` as a fallback when the design does not list one. */
  readonly hqFromRecord: ReadonlyMap<string, RunStartRecord['headquarters'][number]>;
  readonly forces: ReadonlyMap<string, Force>;
  readonly rules: ReadonlyMap<string, TransferRule>;
  readonly bodies: ReadonlyMap<string, CoordinationBody>;
  readonly authorities: ReadonlyMap<string, Authority>;
  readonly gates: readonly Gate[];
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly bySeq: ReadonlyMap<number, LogRecord>;
  readonly requests: ReadonlyMap<string, RequestRecord>;
  readonly decisions: ReadonlyMap<string, readonly DecisionRecord[]>;
}

const LONG_RUN_MS = 90 * 24 * 3_600_000;

/** Whether a run is long enough to read in dates rather than `T+` offsets (narration and viewer agree). */
export function isLongRun(start: SimTime, end: SimTime): boolean {
  return end - start > LONG_RUN_MS;
}

/** Reads a record's ISO `t`; records are always stamped by the engine, so a bad one is a bug upstream. */
export function timeOf(r: LogRecord, fallback: SimTime): SimTime {
  return parseIso(r.t) ?? fallback;
}

/** Indexes a run for narration. Pure. */
export function narrationContext(result: RecordedRun): NarrationContext {
  const { model, records } = result;
  const design = model.design;
  const runStart = records.find((r): r is RunStartRecord => r.type === 'run-start');
  const requests = new Map<string, RequestRecord>();
  const decisions = new Map<string, DecisionRecord[]>();
  for (const r of records) {
    if (r.type === 'request') requests.set(r.request, r);
    if (r.type === 'decision') {
      const list = decisions.get(r.request) ?? [];
      list.push(r);
      decisions.set(r.request, list);
    }
  }
  return {
    result,
    start: model.start,
    end: model.end,
    longRun: isLongRun(model.start, model.end),
    runStart,
    hq: new Map(design.headquarters.map((h) => [h.id, h])),
    hqFromRecord: new Map((runStart?.headquarters ?? []).map((h) => [h.id, h])),
    forces: new Map(model.forces.map((f) => [f.id, f])),
    rules: new Map(design.rules.map((r) => [r.id, r])),
    bodies: new Map(design.bodies.map((b) => [b.id, b])),
    authorities: new Map(design.authorities.map((a) => [a.id, a])),
    gates: design.gates,
    events: new Map(model.timeline.map((e) => [e.id, e])),
    bySeq: new Map(records.map((r) => [r.seq, r])),
    requests,
    decisions,
  };
}
