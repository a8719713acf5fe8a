import type { Design } from '../../model/design.js';
import type { HolderRow } from '../commandTableAt.js';

/** The command tree at an instant, renderer-neutral: headquarters, forces and the links between them. */
export interface CommandGraph {
  readonly hqs: readonly { id: string; label: string }[];
  readonly forces: readonly { id: string; label: string }[];
  /** `parent`: reports to; `opcon`/`tacon`: holds that of the force; `body`: a coordination body links (never commands). */
  readonly edges: readonly { from: string; to: string; kind: 'parent' | 'opcon' | 'tacon' | 'body'; label: string }[];
}

/** Builds the tree from a design and (optionally) who holds which forces at the instant. */
export function commandGraph(design: Design, holders: readonly HolderRow[] = [], activeBodies?: ReadonlySet<string>): CommandGraph {
  const hqs = design.headquarters.map((h) => ({ id: h.id, label: `${h.name} (${h.commander}${h.deputy ? `/${h.deputy}` : ''} commander)` }));
  const known = new Set(hqs.map((h) => h.id));
  const edges: CommandGraph['edges'][number][] = [];
  for (const h of design.headquarters) if (h.parent && known.has(h.parent)) edges.push({ from: h.parent, to: h.id, kind: 'parent', label: '' });
  for (const b of design.bodies) {
    const state = activeBodies ? (activeBodies.has(b.id) ? ' (active)' : ' (inactive)') : '';
    for (let i = 1; i < b.members.length; i++) {
      if (known.has(b.members[i - 1]!) && known.has(b.members[i]!)) edges.push({ from: b.members[i - 1]!, to: b.members[i]!, kind: 'body', label: `${b.name}${state}` });
    }
  }
  for (const r of holders) {
    for (const id of [r.opcon, r.tacon]) {
      if (id && !known.has(id)) {
        known.add(id);
        hqs.push({ id, label: id });
      }
    }
  }
  const forces = holders.map((r) => ({ id: r.id, label: `${r.name} (${r.nation})` }));
  for (const r of holders) {
    edges.push({ from: r.opcon, to: r.id, kind: 'opcon', label: 'OPCON' });
    if (r.tacon) edges.push({ from: r.tacon, to: r.id, kind: 'tacon', label: 'TACON' });
  }
  return { hqs, forces, edges };
}
