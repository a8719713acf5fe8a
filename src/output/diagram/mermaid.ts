import type { CommandGraph } from './commandGraph.js';
import type { MachineGraph } from './machineGraph.js';

/**
 * Text safe inside a Mermaid label: anything beyond letters, digits and plain punctuation
 * becomes an entity code (`#34;`), so quotes, brackets, arrows, `;` or `%%` in a scenario
 * string cannot end a label or start a statement.
 */
export function mermaidText(s: string): string {
  return [...s.replace(/\s+/g, ' ')].map((c) => (/[A-Za-z0-9 .,_()+/'-]/.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
}

/** A stateDiagram-v2 with one composite state per machine; `active` maps machine id to its marked state. */
export function machinesToMermaid(graphs: readonly MachineGraph[], active: ReadonlyMap<string, string> = new Map()): string {
  const out = ['stateDiagram-v2', '  classDef active fill:#fff4c2,stroke:#d1242f,stroke-width:3px'];
  const marked: string[] = [];
  graphs.forEach((g, gi) => {
    const id = (s: string) => `m${gi}_${g.states.findIndex((x) => x.id === s)}`;
    out.push(`  state "${mermaidText(g.title)}" as m${gi} {`);
    for (const s of g.states) out.push(`    state "${mermaidText(s.label)}" as ${id(s.id)}`);
    out.push(`    [*] --> ${id(g.initial)}`);
    for (const t of g.transitions) out.push(`    ${id(t.from)} --> ${id(t.to)}: ${mermaidText(t.label)}`);
    out.push('  }');
    const a = active.get(g.id);
    if (a !== undefined && g.states.some((s) => s.id === a)) marked.push(id(a));
  });
  for (const m of marked) out.push(`  class ${m} active`);
  return out.join('\n') + '\n';
}

/** A top-down flowchart of the command tree: solid command links, dotted TACON, dashed coordination bodies. */
export function commandToMermaid(graph: CommandGraph): string {
  const out = ['flowchart TD'];
  const ids = new Map<string, string>();
  graph.hqs.forEach((h, i) => {
    ids.set(h.id, `h${i}`);
    out.push(`  h${i}["${mermaidText(h.label)}"]`);
  });
  graph.forces.forEach((f, i) => {
    ids.set(`force:${f.id}`, `f${i}`);
    out.push(`  f${i}(["${mermaidText(f.label)}"])`);
  });
  for (const e of graph.edges) {
    const from = ids.get(e.from)!;
    const to = e.kind === 'opcon' || e.kind === 'tacon' ? ids.get(`force:${e.to}`)! : ids.get(e.to)!;
    const arrow = { parent: '-->', opcon: '-->', tacon: '-.->', body: '-.-' }[e.kind];
    out.push(e.label ? `  ${from} ${arrow}|"${mermaidText(e.label)}"| ${to}` : `  ${from} ${arrow} ${to}`);
  }
  out.push('  classDef force fill:#eef1f4,stroke:#57606a');
  if (graph.forces.length) out.push(`  class ${graph.forces.map((_, i) => `f${i}`).join(',')} force`);
  return out.join('\n') + '\n';
}
