import type { AnyStateMachine, EventObject } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';

/**
 * Graph exploration of one process machine with `xstate/graph` (always bounded: the default
 * traversal limit is infinite, platform-notes.md). Delayed (`after`) transitions are explored by
 * sending their internal `xstate.after.*` events, collected from the machine itself.
 */

/** The internal events of every `after` transition of a machine. */
export function afterEvents(machine: AnyStateMachine): EventObject[] {
  const out: EventObject[] = [];
  const walk = (node: AnyStateMachine['root']) => {
    for (const t of node.after) out.push({ type: t.eventType });
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(machine.root);
  return out;
}

export interface Exploration {
  /** State values reached from the initial state. */
  readonly reached: Set<string>;
  /** Final states reached. */
  readonly finals: Set<string>;
  /** Non-final states from which no explored event leads to another state. */
  readonly stuck: Set<string>;
}

/** Explores every state reachable with `events` (plus the machine's delays) from its initial state. */
export function explore(machine: AnyStateMachine, events: readonly EventObject[], input?: unknown, limit = 2_000): Exploration {
  type Vertex = { state: { value: unknown; status: string }; transitions: Record<string, { state: { value: unknown } }> };
  const map = getAdjacencyMap(machine, { events: [...events, ...afterEvents(machine)], limit, ...(input === undefined ? {} : { input }) } as never) as unknown as Record<string, Vertex>;
  const reached = new Set<string>();
  const finals = new Set<string>();
  const stuck = new Set<string>();
  for (const vertex of Object.values(map)) {
    const snapshot = vertex.state as { value: unknown; status: string };
    const value = String(snapshot.value);
    reached.add(value);
    if (snapshot.status === 'done') {
      finals.add(value);
      continue;
    }
    const leaves = Object.values(vertex.transitions).some((t) => String((t.state as { value: unknown }).value) !== value);
    if (!leaves) stuck.add(value);
  }
  // A state is stuck only if no visit of it (any context) can leave it.
  for (const vertex of Object.values(map)) {
    const value = String((vertex.state as { value: unknown }).value);
    if (Object.values(vertex.transitions).some((t) => String((t.state as { value: unknown }).value) !== value)) stuck.delete(value);
  }
  return { reached, finals, stuck };
}

/** Merges explorations (e.g. of one machine under several inputs). */
export function union(parts: readonly Exploration[]): Exploration {
  const all = (k: keyof Exploration) => new Set(parts.flatMap((p) => [...p[k]]));
  const reached = all('reached');
  const canLeave = new Set([...reached].filter((v) => parts.some((p) => p.reached.has(v) && !p.stuck.has(v) && !p.finals.has(v))));
  return { reached, finals: all('finals'), stuck: new Set([...all('stuck')].filter((v) => !canLeave.has(v))) };
}
