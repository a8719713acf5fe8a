import { showControls } from '../../model/showControls.js';
import type { CommandGraph } from './commandGraph.js';
import type { MachineGraph } from './machineGraph.js';

/**
 * A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, other control
 * characters shown escaped (`\u001b` prints as those six characters, never as ESC).
 */
export function dotString(s: string): string {
  const lines = s.split(/\r?\n/).map((line) => showControls(line).replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
  return `"${lines.join('\\n')}"`;
}

/** A Graphviz digraph with one cluster per machine; the marked state is filled and outlined. */
export function machinesToDot(graphs: readonly MachineGraph[], active: ReadonlyMap<string, string> = new Map()): string {
  const out = ['digraph machines {', '  graph [rankdir=LR, fontname="Helvetica", compound=true];', '  node [shape=box, style=rounded, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  graphs.forEach((g, gi) => {
    const id = (s: string) => `m${gi}_${g.states.findIndex((x) => x.id === s)}`;
    out.push(`  subgraph cluster_${gi} {`, `    label=${dotString(g.title)};`);
    out.push(`    m${gi}_init [shape=point, width=0.12, label=""];`);
    const a = active.get(g.id);
    for (const s of g.states) {
      const mark = s.id === a ? ', style="rounded,filled,bold", fillcolor="#fff4c2", color="#d1242f", penwidth=3' : '';
      out.push(`    ${id(s.id)} [label=${dotString(s.label)}${mark}];`);
    }
    out.push(`    m${gi}_init -> ${id(g.initial)};`);
    for (const t of g.transitions) out.push(`    ${id(t.from)} -> ${id(t.to)} [label=${dotString(t.label)}];`);
    out.push('  }');
  });
  out.push('}');
  return out.join('\n') + '\n';
}

/** The command tree as a Graphviz digraph: dashed undirected edges for coordination bodies. */
export function commandToDot(graph: CommandGraph): string {
  const out = ['digraph command {', '  graph [rankdir=TB, fontname="Helvetica"];', '  node [fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  const ids = new Map<string, string>();
  graph.hqs.forEach((h, i) => {
    ids.set(h.id, `h${i}`);
    out.push(`  h${i} [shape=box, label=${dotString(h.label)}];`);
  });
  graph.forces.forEach((f, i) => {
    ids.set(`force:${f.id}`, `f${i}`);
    out.push(`  f${i} [shape=box, style="rounded,filled", fillcolor="#eef1f4", label=${dotString(f.label)}];`);
  });
  for (const e of graph.edges) {
    const from = ids.get(e.from)!;
    const to = e.kind === 'opcon' || e.kind === 'tacon' ? ids.get(`force:${e.to}`)! : ids.get(e.to)!;
    const style = { parent: '', opcon: '', tacon: ', style=dotted', body: ', style=dashed, dir=none, constraint=false, color="#6f42c1"' }[e.kind];
    out.push(`  ${from} -> ${to} [label=${dotString(e.label)}${style}];`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}
