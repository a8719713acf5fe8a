import type { RunResult } from '../../engine/api.js';
import type { SimTime } from '../../model/time.js';
import { recordTime } from '../runFacts.js';
import type { MachineGraph } from './machineGraph.js';

/** A machine's state at an instant, with a body's level when it has one. */
export interface ActiveState {
  readonly state: string;
  readonly level?: string | null;
}

/**
 * Each machine's state at `t` from the run's `state` and `coordination` records; without `t`,
 * the end states the run reports in `machines`. Machines with no record by `t` are absent
 * (the caller marks their initial state).
 */
export function activeStates(result: RunResult, t?: SimTime): Map<string, ActiveState> {
  const now = new Map<string, ActiveState>();
  const bodyLevels = new Map<string, string | null>();
  for (const r of result.records) {
    if (t !== undefined && recordTime(r.t) > t) break;
    if (r.type === 'state') now.set(r.machine, { state: r.to });
    else if (r.type === 'coordination') {
      now.set(`body.${r.body}`, { state: r.to, level: r.level });
      bodyLevels.set(`body.${r.body}`, r.level);
    }
  }
  if (t === undefined) for (const m of result.machines) now.set(m.id, { state: m.state, level: bodyLevels.get(m.id) ?? null });
  return now;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The graph state a reported state names: exact id, a body's `active:LEVEL`, or the same
 * letters ignoring case and punctuation (an authority's step reported by its name).
 */
export function resolveState(graph: MachineGraph, active: ActiveState | undefined): string | undefined {
  if (!active) return undefined;
  const ids = graph.states.map((s) => s.id);
  if (active.level && ids.includes(`${active.state}:${active.level}`)) return `${active.state}:${active.level}`;
  if (ids.includes(active.state)) return active.state;
  const prefixed = ids.find((id) => id.startsWith(`${active.state}:`));
  if (prefixed) return prefixed;
  const n = norm(active.state);
  return graph.states.find((s) => norm(s.id) === n || norm(s.label) === n || norm(s.label).startsWith(n))?.id;
}
