import type { RunResult } from '../engine/api.js';
import type { HqId } from '../model/force.js';
import type { SimTime } from '../model/time.js';
import { recordTime, runFacts, type RunFacts } from './runFacts.js';

/**
 * The command table after one record, replayed from `command` records alone (the viewer and
 * sinks depend on records, not on the engine's snapshots). Arrays are indexed like the forces.
 */
export interface CommandFrame {
  readonly t: SimTime;
  /** The last record applied; -1 for the initial frame. */
  readonly seq: number;
  readonly opcon: readonly HqId[];
  readonly tacon: readonly (HqId | null)[];
}

/** Every frame of a run in simulation order, starting with the initial table at the run's start. */
export function commandFrames(result: RunResult, facts: RunFacts = runFacts(result)): CommandFrame[] {
  const index = new Map(facts.forces.map((f, i) => [f.id, i]));
  let opcon = facts.forces.map((f) => f.opcon);
  let tacon = facts.forces.map((f) => f.tacon);
  const frames: CommandFrame[] = [{ t: facts.start, seq: -1, opcon, tacon }];
  for (const r of result.records) {
    if (r.type !== 'command') continue;
    const i = index.get(r.force);
    if (i === undefined) continue;
    // Copy on write: earlier frames stay valid for scrubbing back.
    if (r.relationship === 'opcon') {
      opcon = opcon.slice();
      opcon[i] = r.to ?? facts.forces[i]!.opcon;
    } else {
      tacon = tacon.slice();
      tacon[i] = r.to;
    }
    // One frame per record, even for changes of one instant, so "the table after record seq"
    // is exact: the viewer's step buttons rely on it.
    frames.push({ t: recordTime(r.t), seq: r.seq, opcon, tacon });
  }
  return frames;
}

/** The frame in force at `t` (after every change stamped at or before `t`). */
export function frameAt(frames: readonly CommandFrame[], t: SimTime): CommandFrame {
  let lo = 0;
  let hi = frames.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frames[mid]!.t <= t) lo = mid;
    else hi = mid - 1;
  }
  return frames[lo]!;
}
