import type { Design } from '../../model/design.js';
import type { HolderRow } from '../commandTableAt.js';
import { nationOrder } from '../nationPalette.js';

/** A headquarters in the diagram, with who commands it and who deputises. */
export interface GraphHq {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly commander: string;
  readonly deputy: string | null;
}

/** Forces of one nation held by one headquarters under one relationship: one node, however many. */
export interface ForceGroup {
  readonly id: string;
  readonly holder: string;
  readonly relationship: 'opcon' | 'tacon';
  readonly nation: string;
  readonly forces: readonly { id: string; name: string }[];
}

/** The command tree at an instant, renderer-neutral. */
export interface CommandGraph {
  /** Nations in the viewer's color order. */
  readonly nations: readonly string[];
  readonly hqs: readonly GraphHq[];
  readonly groups: readonly ForceGroup[];
  /** Sibling headquarters that hold no forces and command no one, drawn as one list node. */
  readonly idle: readonly { readonly id: string; readonly hqs: readonly GraphHq[] }[];
  /** `parent`: reports to; `holds`: holds the group's forces; `body`: a coordination body links (never commands). */
  readonly edges: readonly { from: string; to: string; kind: 'parent' | 'holds' | 'body'; label: string }[];
}

/**
 * Builds the tree from a design and (optionally) who holds which forces at the instant: forces
 * are grouped under their holder by nation and relationship, so a corps-heavy theater draws a
 * few group nodes instead of one node per force.
 */
export function commandGraph(design: Design, holders: readonly HolderRow[] = [], activeBodies?: ReadonlySet<string>): CommandGraph {
  const hqs: GraphHq[] = design.headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null }));
  const known = new Set(hqs.map((h) => h.id));
  const edges: CommandGraph['edges'][number][] = [];
  for (const h of design.headquarters) if (h.parent && known.has(h.parent)) edges.push({ from: h.parent, to: h.id, kind: 'parent', label: '' });
  for (const b of design.bodies) {
    // At an instant, a body that is not active links nothing: it is left out of the picture.
    if (activeBodies && !activeBodies.has(b.id)) continue;
    const state = activeBodies ? ' (active)' : '';
    for (let i = 1; i < b.members.length; i++) {
      if (known.has(b.members[i - 1]!) && known.has(b.members[i]!)) edges.push({ from: b.members[i - 1]!, to: b.members[i]!, kind: 'body', label: `${b.name}${state}` });
    }
  }
  const groups = new Map<string, { id: string; holder: string; relationship: 'opcon' | 'tacon'; nation: string; forces: { id: string; name: string }[] }>();
  const place = (holder: string, relationship: 'opcon' | 'tacon', r: HolderRow) => {
    if (!known.has(holder)) {
      known.add(holder);
      hqs.push({ id: holder, name: holder, kind: 'unknown', commander: '?', deputy: null });
    }
    const key = `${holder}|${relationship}|${r.nation}`;
    let g = groups.get(key);
    if (!g) {
      g = { id: `g${groups.size}`, holder, relationship, nation: r.nation, forces: [] };
      groups.set(key, g);
      edges.push({ from: holder, to: g.id, kind: 'holds', label: relationship.toUpperCase() });
    }
    g.forces.push({ id: r.id, name: r.name });
  };
  for (const r of holders) {
    place(r.opcon, 'opcon', r);
    if (r.tacon) place(r.tacon, 'tacon', r);
  }
  return collapseIdle({ nations: nationOrder(design, holders.map((r) => r.nation)), hqs, groups: [...groups.values()], idle: [], edges });
}

/** Idle siblings listed in one node from this many on. */
const IDLE_GROUP_MIN = 3;

/**
 * Replaces three or more sibling headquarters that hold no forces, command no one and link no
 * coordination body by one list node under their parent: the components of a combined command
 * that hold nothing yet read as one entry, not a row of boxes as wide as the page.
 */
function collapseIdle(graph: CommandGraph): CommandGraph {
  const busy = new Set<string>();
  for (const e of graph.edges) {
    if (e.kind !== 'parent') busy.add(e.from);
    if (e.kind === 'body') busy.add(e.to);
    if (e.kind === 'parent') busy.add(e.from);
  }
  const siblings = new Map<string, GraphHq[]>();
  const byId = new Map(graph.hqs.map((h) => [h.id, h]));
  for (const e of graph.edges) {
    const h = byId.get(e.to);
    if (e.kind === 'parent' && h && !busy.has(h.id)) siblings.set(e.from, [...(siblings.get(e.from) ?? []), h]);
  }
  const idle: { id: string; hqs: GraphHq[] }[] = [];
  const gone = new Set<string>();
  const edges = graph.edges.filter((e) => e.kind !== 'parent' || !byId.has(e.to) || !isCollapsed(e.to));
  function isCollapsed(id: string): boolean {
    return gone.has(id);
  }
  for (const [parent, list] of siblings) {
    if (list.length < IDLE_GROUP_MIN) continue;
    const id = `idle${idle.length}`;
    idle.push({ id, hqs: list });
    list.forEach((h) => gone.add(h.id));
    edges.push({ from: parent, to: id, kind: 'parent', label: '' });
  }
  if (idle.length === 0) return graph;
  return { ...graph, hqs: graph.hqs.filter((h) => !gone.has(h.id)), idle, edges: edges.filter((e) => !(e.kind === 'parent' && gone.has(e.to))) };
}

/** Forces listed by name in a group node; more are summarized as a count. */
export const MAX_LISTED_FORCES = 4;

/** Who commands and who deputises: `US commands, ROK deputy`. */
export function commandBadge(h: GraphHq): string {
  return h.deputy ? `${h.commander} commands, ${h.deputy} deputy` : `${h.commander} commands`;
}

/** A group's lines: its forces by name, or a count and the first names when many. */
export function groupLines(g: ForceGroup): string[] {
  const head = `${g.relationship.toUpperCase()}: ${g.forces.length} ${g.nation} ${g.forces.length === 1 ? 'force' : 'forces'}`;
  if (g.forces.length <= MAX_LISTED_FORCES) return [head, ...g.forces.map((f) => f.name)];
  return [head, ...g.forces.slice(0, MAX_LISTED_FORCES - 1).map((f) => f.name), `and ${g.forces.length - MAX_LISTED_FORCES + 1} more`];
}

/** Breaks a label into lines of about `width` characters at spaces (a long word stays whole). */
export function wrapLabel(text: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Command links (`parent` and `holds`; bodies do not command) as children per node. */
function commandLinks(graph: CommandGraph): { children: Map<string, string[]>; hasParent: Set<string> } {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of graph.edges) {
    if (e.kind === 'body') continue;
    children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
    hasParent.add(e.to);
  }
  return { children, hasParent };
}

/**
 * How many ranks below its parent each node sits. Children of a parent with many of them are
 * staggered over two or three ranks (as Graphviz's `unflatten -l 3` does), so a headquarters
 * with a dozen components draws a block a third as wide instead of one very wide row.
 */
export function staggering(graph: CommandGraph): Map<string, number> {
  const { children } = commandLinks(graph);
  const minlen = new Map<string, number>();
  for (const kids of children.values()) {
    if (kids.length <= 3) continue;
    // Leaves first over three ranks; children with their own subtrees over two, so a subtree
    // does not sink too far below its parent.
    const leaves = kids.filter((k) => !children.has(k));
    const inner = kids.filter((k) => children.has(k));
    leaves.forEach((leaf, i) => minlen.set(leaf, 1 + (i % 3)));
    if (inner.length > 2) inner.forEach((k, i) => minlen.set(k, 1 + (i % 2)));
  }
  return minlen;
}

/**
 * The separate trees of the command graph, in the order of their roots, each as its nodes from
 * the root down with their rank below it (staggered links count as longer). Drawn one under the
 * other, three national and combined chains take a page's width instead of three.
 */
export function trees(graph: CommandGraph, minlen: ReadonlyMap<string, number> = new Map()): { id: string; depth: number }[][] {
  const { children, hasParent } = commandLinks(graph);
  const out: { id: string; depth: number }[][] = [];
  for (const h of graph.hqs) {
    if (hasParent.has(h.id)) continue;
    const nodes: { id: string; depth: number }[] = [];
    const walk = (id: string, depth: number) => {
      nodes.push({ id, depth });
      for (const k of children.get(id) ?? []) walk(k, depth + (minlen.get(k) ?? 1));
    };
    walk(h.id, 0);
    out.push(nodes);
  }
  return out;
}
