import type { Headquarters } from '../model/design.js';
import type { ForceId, HqId, NationId } from '../model/force.js';
import type { RecordedRun } from '../model/recordedRun.js';
import type { RunStartRecord } from '../model/records.js';
import { parseIso, parseRecordTime, type SimTime } from '../model/time.js';

/** A force as sinks show it, with its relationships at the start of the run. */
export interface ForceFacts {
  readonly id: ForceId;
  readonly name: string;
  readonly nation: NationId;
  readonly component: string;
  readonly opcon: HqId;
  readonly tacon: HqId | null;
  readonly adcon: HqId;
  readonly national: HqId;
}

/** Which run this is: scenario, design, seed, version and span (headers of every sink). */
export interface RunIdentity {
  readonly scenario: string;
  readonly title: string;
  readonly designId: string;
  readonly designName: string;
  readonly seed: string;
  readonly version: string;
  readonly start: SimTime;
  readonly end: SimTime;
}

/** Just the identity of a run's facts (drops forces and headquarters). */
export function identityOf(facts: RunFacts): RunIdentity {
  const { scenario, title, designId, designName, seed, version, start, end } = facts;
  return { scenario, title, designId, designName, seed, version, start, end };
}

/**
 * What every sink needs to know about a run besides its records, normalized once: identity,
 * span, forces in scenario order with their initial relationships, and headquarters by id.
 * Read from the `run-start` record when present (it carries standing assignments already
 * applied), otherwise from the model, so sinks work on records kept or not.
 */
export interface RunFacts extends RunIdentity {
  readonly forces: readonly ForceFacts[];
  readonly headquarters: ReadonlyMap<HqId, Headquarters>;
}

/** Digests a run once for the sinks. */
export function runFacts(result: RecordedRun): RunFacts {
  const { model } = result;
  const startRecord = result.records.find((r): r is RunStartRecord => r.type === 'run-start');
  const forces: ForceFacts[] = startRecord
    ? startRecord.forces.map((f) => ({ ...f }))
    : model.forces.map((f) => ({ id: f.id, name: f.name, nation: f.nation, component: f.component, opcon: f.home, tacon: null, adcon: f.adcon, national: f.national }));
  return {
    scenario: model.id,
    title: model.title,
    designId: model.design.id,
    designName: model.design.name,
    seed: result.seed,
    version: startRecord?.version ?? '',
    start: (startRecord && parseIso(startRecord.start)) ?? model.start,
    end: (startRecord && parseIso(startRecord.end)) ?? model.end,
    forces,
    headquarters: new Map(model.design.headquarters.map((h) => [h.id, h])),
  };
}

/** Milliseconds of a record's ISO `t`; records are stamped by the engine, so a bad one is a bug. */
export function recordTime(t: string): SimTime {
  const ms = parseRecordTime(t);
  if (!Number.isFinite(ms)) throw new Error(`record time is not ISO 8601: ${t}`);
  return ms;
}

/** The nationality of a headquarters' commander, or `?` for an id the design does not know. */
export function commanderOf(facts: RunFacts, hq: HqId | null): NationId | null {
  if (hq === null) return null;
  return facts.headquarters.get(hq)?.commander ?? '?';
}
