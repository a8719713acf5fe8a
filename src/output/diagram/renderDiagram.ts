import type { RunResult } from '../../engine/api.js';
import type { Design } from '../../model/design.js';
import type { LevelName } from '../../model/theater.js';
import type { SimTime } from '../../model/time.js';
import { holdersAt } from '../commandTableAt.js';
import { activeStates, resolveState } from './activeStates.js';
import { commandGraph } from './commandGraph.js';
import { commandToDot, machinesToDot } from './dot.js';
import { machineGraphs } from './machineGraph.js';
import { commandToMermaid, machinesToMermaid } from './mermaid.js';

export type DiagramFormat = 'mermaid' | 'dot';

/** What to draw and, when a run is known, at which instant. */
export interface DiagramOptions {
  readonly format: DiagramFormat;
  /** A run of a scenario using the design: marks active states and places forces. */
  readonly result?: RunResult;
  /** The instant; without it, machines show the run's end states and the command tree its start. */
  readonly at?: SimTime;
}

/**
 * Statecharts of a design's process machines (theater levels, rule handovers, body lifecycles,
 * authority procedures), with each machine's state at `at` marked when a run is given.
 */
export function renderMachinesDiagram(design: Design, options: DiagramOptions): string {
  const { result, at } = options;
  const initial: Partial<Record<LevelName, string>> = {};
  if (result) for (const [k, v] of Object.entries(result.model.initial)) if (k !== 'facts') initial[k as LevelName] = String(v);
  const graphs = machineGraphs(design, initial);
  const marks = new Map<string, string>();
  if (result) {
    const states = activeStates(result, at);
    for (const g of graphs) {
      const s = resolveState(g, states.get(g.id)) ?? (at !== undefined ? g.initial : undefined);
      if (s !== undefined) marks.set(g.id, s);
    }
  }
  return options.format === 'dot' ? machinesToDot(graphs, marks) : machinesToMermaid(graphs, marks);
}

/** The command tree: headquarters, the forces under each one's OPCON/TACON at `at` (or the start), bodies as dashed links. */
export function renderCommandDiagram(design: Design, options: DiagramOptions): string {
  const { result } = options;
  let graph = commandGraph(design);
  if (result) {
    const t = options.at ?? result.model.start;
    const states = activeStates(result, t);
    const active = new Set(design.bodies.filter((b) => (states.get(`body.${b.id}`)?.state ?? b.initial).startsWith('active')).map((b) => b.id));
    graph = commandGraph(design, holdersAt(result, t), active);
  }
  return options.format === 'dot' ? commandToDot(graph) : commandToMermaid(graph);
}
