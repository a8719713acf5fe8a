import { createActor, type AnyActorLogic, type AnyActorRef } from 'xstate';
import type { MachineTrace } from '../engine/api.js';
import { simulate } from '../engine/simulate.js';
import { SimClock } from '../engine/simClock.js';
import type { ScenarioModel } from '../model/scenario.js';

type Op =
  | { kind: 'start'; id: string; logic: AnyActorLogic; input: unknown; t: number }
  | { kind: 'send'; id: string; event: { type: string }; t: number }
  | { kind: 'stop'; id: string; t: number };

/** Records the machine-level work of one run: which actors it starts, what it sends them. */
export function traceRun(model: ScenarioModel, seed: string): { ops: Op[]; start: number; end: number } {
  const ops: Op[] = [];
  const trace: MachineTrace = {
    start: (id, logic, input, t) => ops.push({ kind: 'start', id, logic: logic as AnyActorLogic, input, t }),
    send: (id, event, t) => ops.push({ kind: 'send', id, event, t }),
    stop: (id, t) => ops.push({ kind: 'stop', id, t }),
  };
  simulate(model, { seed, keepHistory: false, keepRecords: false, trace });
  return { ops, start: model.start, end: model.end };
}

/**
 * Replays a traced run on bare XState actors: the same machines, inputs and events in the same
 * order, and their own `after` timers on a plain clock, with none of the engine's work
 * (conditions, records, random draws, command table). Timing this against the engine running
 * the same scenario prices the engine per machine transition.
 */
export function replayOnBareActors(trace: { ops: readonly Op[]; start: number; end: number }): void {
  const clock = new SimClock(trace.start);
  const actors = new Map<string, AnyActorRef>();
  for (const op of trace.ops) {
    clock.runUntil(op.t);
    if (op.kind === 'start') {
      const actor = createActor(op.logic, { clock, input: op.input } as never);
      actors.set(op.id, actor);
      actor.start();
    } else if (op.kind === 'send') actors.get(op.id)!.send(op.event);
    else actors.get(op.id)!.stop();
  }
  clock.runUntil(trace.end);
}
