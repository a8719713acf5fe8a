import { showControls } from '../../model/showControls.js';
import { commandBadge, groupLines, staggering, trees, wrapLabel, type CommandGraph } from './commandGraph.js';
import { nationColor } from '../nationPalette.js';
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

/**
 * The command tree as a Graphviz digraph, top-down by the chain of command: headquarters colored
 * by their commander's nation (the viewer's colors) and labelled with who commands and who
 * deputises, forces grouped under their holder (a count when many), TACON dotted, coordination
 * bodies as dashed links that do not shape the layout. Wide rows of leaves are staggered.
 */
export function commandToDot(graph: CommandGraph): string {
  const out = [
    'digraph command {',
    '  graph [rankdir=TB, fontname="Helvetica", nodesep=0.15, ranksep=0.35];',
    '  node [fontname="Helvetica", fontsize=11, shape=box, style="rounded,filled", margin="0.1,0.05"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a", arrowsize=0.7];',
  ];
  const ids = new Map<string, string>();
  const minlen = staggering(graph);
  const tint = (nation: string) => {
    const c = nationColor(graph.nations, nation);
    return `fillcolor="${c}33", color="${c}", penwidth=2`;
  };
  graph.hqs.forEach((h, i) => {
    ids.set(h.id, `h${i}`);
    out.push(`  h${i} [label=${dotString([...wrapLabel(h.name, 20), commandBadge(h)].join('\n'))}, ${tint(h.commander)}];`);
  });
  graph.idle.forEach((n, i) => {
    ids.set(n.id, `i${i}`);
    const lines = n.hqs.map((h) => `${h.name} (${commandBadge(h)})`).flatMap((l) => wrapLabel(l, 28));
    out.push(`  i${i} [label=${dotString(lines.join('\n'))}, fillcolor="#ffffff", color="#8792a2", fontsize=10];`);
  });
  graph.groups.forEach((g, i) => {
    ids.set(g.id, `g${i}`);
    out.push(`  g${i} [shape=note, style=filled, fontsize=10, label=${dotString(groupLines(g).flatMap((l) => wrapLabel(l, 24)).join('\n'))}, ${tint(g.nation)}];`);
  });
  // One tree under the other: an invisible, heavy link from each root to the next, as long as
  // the tree above is deep, keeps the roots in one column and the trees from sharing ranks.
  const chains = trees(graph, minlen);
  for (let k = 1; k < chains.length; k++) {
    const above = Math.max(...chains[k - 1]!.map((n) => n.depth));
    out.push(`  ${ids.get(chains[k - 1]![0]!.id)} -> ${ids.get(chains[k]![0]!.id)} [style=invis, minlen=${above + 1}, weight=20];`);
  }
  for (const e of graph.edges) {
    const from = ids.get(e.from)!;
    const to = ids.get(e.to)!;
    const tacon = e.kind === 'holds' && e.label === 'TACON';
    const stagger = minlen.get(e.to);
    const attrs = {
      parent: stagger ? `minlen=${stagger}` : '',
      holds: `${tacon ? 'style=dotted, label="TACON"' : 'label="OPCON"'}${stagger ? `, minlen=${stagger}` : ''}`,
      // Body names are long; wrapped, their labels stay narrow beside the tree.
      body: `label=${dotString(wrapLabel(e.label, 16).join('\n'))}, style=dashed, dir=none, constraint=false, color="#6f42c1", fontcolor="#6f42c1"`,
    }[e.kind];
    out.push(`  ${from} -> ${to}${attrs ? ` [${attrs}]` : ''};`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}
