import { variablesOf, type Condition } from '../model/condition.js';
import type { CoordinationBody, TransferRule } from '../model/design.js';
import type { SourcePosition } from '../model/scenario.js';
import { valuePosition } from './located.js';
import type { ProblemList } from './problems.js';

/** A rule or body as a node of the trigger graph. */
interface Node {
  /** How messages name it: `rule r1`, `body acm`. */
  readonly label: string;
  /** Variables its state changes write. */
  readonly writes: readonly string[];
  /** Conditions that make it change state: the key they are written under and where. */
  readonly reads: readonly { key: string; variables: ReadonlySet<string>; at: SourcePosition | undefined }[];
}

/** The edge `from -> to`: `to` changes state when a variable `from` writes changes. */
interface Edge {
  readonly to: number;
  readonly key: string;
  readonly variable: string;
  readonly at: SourcePosition | undefined;
}

/**
 * Refuses rules and coordination bodies whose triggers read each other's state in a loop (or a
 * rule's its own). Such a loop can fire forever without simulated time passing: triggering,
 * cancelling and standing up are immediate whatever the latencies, so a rule that waits for
 * `rule.r1: inactive` and returns on `rule.r1: transferred` hung the engine (issue 11). The
 * check is deliberately simple and strict (any loop in the graph "A's condition reads B's
 * state" is refused, whether or not the conditions could all hold together), so the message
 * can name every element and the fix is always the same. The engine's step budget
 * (src/model/runBudget.ts) stops what no file shows.
 *
 * `rawRules` and `rawBodies` are the parsed entries (for positions), index-aligned with the
 * compiled ones.
 */
export function checkTriggerCycles(
  rules: readonly TransferRule[],
  rawRules: readonly object[],
  bodies: readonly CoordinationBody[],
  rawBodies: readonly object[],
  problems: ProblemList,
): void {
  const nodes: Node[] = [];
  const read = (raw: object | undefined, key: string, condition: Condition) => ({ key, variables: new Set(variablesOf(condition)), at: raw ? valuePosition(raw, key) : undefined });
  rules.forEach((r, i) => {
    const raw = rawRules[i];
    nodes.push({ label: `rule \`${r.id}\``, writes: [`rule.${r.id}`, `decision.rule:${r.id}`], reads: [read(raw, 'when', r.when), read(raw, 'return-when', r.returnWhen)] });
  });
  bodies.forEach((b, i) => {
    const raw = rawBodies[i];
    const rawLevels = (raw as { levels?: object[] } | undefined)?.levels;
    nodes.push({
      label: `body \`${b.id}\``,
      writes: [`body.${b.id}`, `body.${b.id}.level`],
      reads: [
        read(raw, 'activate-when', b.activateWhen),
        read(raw, 'stand-down-when', b.standDownWhen),
        ...b.levels.map((l, k) => ({ ...read(rawLevels?.[k], 'when', l.when), key: `levels[${k}].when` })),
      ],
    });
  });

  const writer = new Map<string, number>();
  nodes.forEach((n, i) => n.writes.forEach((v) => writer.set(v, i)));
  const edges: Edge[][] = nodes.map(() => []);
  nodes.forEach((n, to) => {
    for (const r of n.reads) {
      for (const variable of r.variables) {
        const from = writer.get(variable);
        if (from !== undefined && !edges[from]!.some((e) => e.to === to)) edges[from]!.push({ to, key: r.key, variable, at: r.at });
      }
    }
  });

  for (const component of stronglyConnected(edges)) {
    const first = component[0]!;
    const loop = component.length === 1 ? (edges[first]!.some((e) => e.to === first) ? [first] : undefined) : shortestLoop(first, new Set(component), edges);
    if (!loop) continue;
    // Each step: the next element's condition reads this one's state.
    const steps = loop.map((from, k) => edges[from]!.find((e) => e.to === loop[(k + 1) % loop.length])!);
    const where = steps[steps.length - 1]!;
    const what =
      loop.length === 1
        ? `${nodes[first]!.label} triggers itself: its \`${where.key}\` reads its own state \`${where.variable}\`, a loop that can fire forever at one instant`
        : `${loop.map((n) => nodes[n]!.label).join(', ')} trigger each other in a loop that can fire forever at one instant (${steps.map((e) => `${nodes[e.to]!.label} \`${e.key}\` reads \`${e.variable}\``).join(', ')})`;
    problems.add(where.at, what, 'trigger rules and bodies on theater levels, facts or events, not on a loop of their own states (docs/limits.md)');
  }
}

/** Strongly connected components (Tarjan), each listed from its lowest node index. */
function stronglyConnected(edges: readonly Edge[][]): number[][] {
  const index = new Array<number>(edges.length).fill(-1);
  const low = new Array<number>(edges.length).fill(0);
  const onStack = new Array<boolean>(edges.length).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;
  // Iterative, so a design with thousands of chained rules cannot overflow the call stack.
  for (let root = 0; root < edges.length; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const e = edges[top.node]![top.edge++];
      if (e !== undefined) {
        if (index[e.to] === -1) {
          index[e.to] = low[e.to] = next++;
          stack.push(e.to);
          onStack[e.to] = true;
          work.push({ node: e.to, edge: 0 });
        } else if (onStack[e.to]) low[top.node] = Math.min(low[top.node]!, index[e.to]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
      if (low[top.node] === index[top.node]) {
        const component: number[] = [];
        let n: number;
        do {
          n = stack.pop()!;
          onStack[n] = false;
          component.push(n);
        } while (n !== top.node);
        out.push(component.sort((a, b) => a - b));
      }
    }
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

/** The shortest loop from `start` back to itself inside `within` (breadth first). */
function shortestLoop(start: number, within: ReadonlySet<number>, edges: readonly Edge[][]): number[] | undefined {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const e of edges[n]!) {
      if (!within.has(e.to)) continue;
      if (e.to === start) {
        const path = [n];
        for (let p = n; p !== start; ) path.push((p = previous.get(p)!));
        return path.reverse();
      }
      if (!previous.has(e.to)) {
        previous.set(e.to, n);
        queue.push(e.to);
      }
    }
  }
  return undefined;
}
