import { commandBadge, groupLines, type CommandGraph } from './commandGraph.js';
import { nationColor } from '../nationPalette.js';
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

/**
 * A top-down flowchart of the command tree: headquarters colored by their commander's nation and
 * labelled with who commands and who deputises, forces grouped under their holder (a count when
 * many), dotted TACON, dashed coordination bodies.
 */
export function commandToMermaid(graph: CommandGraph): string {
  const out = ['flowchart TD'];
  const ids = new Map<string, string>();
  const styles: string[] = [];
  const style = (id: string, nation: string) => {
    const c = nationColor(graph.nations, nation);
    styles.push(`  style ${id} fill:${c}33,stroke:${c},stroke-width:2px`);
  };
  graph.hqs.forEach((h, i) => {
    ids.set(h.id, `h${i}`);
    out.push(`  h${i}["${mermaidText(`${h.name} - ${commandBadge(h)}`)}"]`);
    style(`h${i}`, h.commander);
  });
  graph.idle.forEach((n, i) => {
    ids.set(n.id, `i${i}`);
    out.push(`  i${i}["${mermaidText(n.hqs.map((h) => `${h.name} (${commandBadge(h)})`).join('; '))}"]`);
  });
  graph.groups.forEach((g, i) => {
    ids.set(g.id, `g${i}`);
    const [head, ...names] = groupLines(g);
    out.push(`  g${i}(["${mermaidText(`${head}: ${names.join(', ')}`)}"])`);
    style(`g${i}`, g.nation);
  });
  for (const e of graph.edges) {
    const from = ids.get(e.from)!;
    const to = ids.get(e.to)!;
    if (e.kind === 'body') out.push(`  ${from} -.-|"${mermaidText(e.label)}"| ${to}`);
    else if (e.kind === 'holds') out.push(`  ${from} ${e.label === 'TACON' ? '-.->' : '-->'}|"${e.label}"| ${to}`);
    else out.push(`  ${from} --> ${to}`);
  }
  out.push(...styles);
  return out.join('\n') + '\n';
}
