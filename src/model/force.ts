/**
 * Forces are data: who they are and where they belong. Their command relationships over time
 * live in the command table (`commandTable.ts`), never on the force itself.
 */

export type NationId = string;
export type HqId = string;
export type ForceId = string;

/** Components, following joint usage; `other` covers what a scenario needs beyond these. */
export const COMPONENTS = ['land', 'maritime', 'air', 'marine', 'sof', 'space', 'cyber', 'missile-defense', 'logistics', 'joint', 'other'] as const;
export type Component = (typeof COMPONENTS)[number];

export interface Force {
  readonly id: ForceId;
  readonly name: string;
  readonly nation: NationId;
  readonly component: Component;
  /** Designated for combined operations (Korea: "designated ROK forces" pass to CFC at DEFCON III). */
  readonly designated: boolean;
  /** The headquarters holding OPCON when no rule applies (its national operational commander). */
  readonly home: HqId;
  /** National command: COCOM for U.S. forces, FULLCOM or national command otherwise. Never moves. */
  readonly national: HqId;
  /** The headquarters holding ADCON (service channels); defaults to `home`. */
  readonly adcon: HqId;
  readonly tags: readonly string[];
  /** Echelon or size, free text for narration (e.g. `corps`, `fleet`, `wing`). */
  readonly size?: string;
}

/**
 * Picks forces. Every given field must match (AND); a list matches any of its values (OR);
 * `exclude` removes what it matches. An empty selector picks every force.
 */
export interface ForceSelector {
  readonly ids?: readonly ForceId[];
  readonly nations?: readonly NationId[];
  readonly components?: readonly Component[];
  readonly designated?: boolean;
  readonly tags?: readonly string[];
  readonly homes?: readonly HqId[];
  readonly exclude?: ForceSelector;
}

/** True when `f` matches `sel` (see {@link ForceSelector}). */
export function matches(f: Force, sel: ForceSelector): boolean {
  if (sel.ids && !sel.ids.includes(f.id)) return false;
  if (sel.nations && !sel.nations.includes(f.nation)) return false;
  if (sel.components && !sel.components.includes(f.component)) return false;
  if (sel.designated !== undefined && sel.designated !== f.designated) return false;
  if (sel.tags && !sel.tags.some((t) => f.tags.includes(t))) return false;
  if (sel.homes && !sel.homes.includes(f.home)) return false;
  if (sel.exclude && matches(f, sel.exclude)) return false;
  return true;
}

/** The forces a selector picks, in the given (scenario) order. */
export function select(forces: readonly Force[], sel: ForceSelector): Force[] {
  return forces.filter((f) => matches(f, sel));
}

const indexCache = new WeakMap<ForceSelector, WeakMap<readonly Force[], readonly number[]>>();

/**
 * Indices (into `forces`) of the forces a selector picks, computed once per selector and force
 * list and then reused: a rule or event picks the same forces every time it fires, and scanning
 * every force on every event made theater-scale runs quadratic.
 */
export function selectIndices(forces: readonly Force[], sel: ForceSelector): readonly number[] {
  let byList = indexCache.get(sel);
  if (!byList) indexCache.set(sel, (byList = new WeakMap()));
  let indices = byList.get(forces);
  if (!indices) {
    const picked: number[] = [];
    if (sel.ids) {
      // Look the listed ids up instead of scanning every force: generated theaters list a few
      // forces per event among thousands. Kept in force order, as a scan would give.
      const position = positionsOf(forces);
      const rest: ForceSelector = { ...sel, ids: undefined };
      for (const id of new Set(sel.ids)) {
        const i = position.get(id);
        if (i !== undefined && matches(forces[i]!, rest)) picked.push(i);
      }
      picked.sort((a, b) => a - b);
    } else {
      for (let i = 0; i < forces.length; i++) if (matches(forces[i]!, sel)) picked.push(i);
    }
    byList.set(forces, (indices = picked));
  }
  return indices;
}

const positionCache = new WeakMap<readonly Force[], Map<ForceId, number>>();

/** Index of each force id in a force list (first occurrence), cached per list. */
function positionsOf(forces: readonly Force[]): Map<ForceId, number> {
  let m = positionCache.get(forces);
  if (!m) {
    m = new Map();
    for (let i = forces.length - 1; i >= 0; i--) m.set(forces[i]!.id, i);
    positionCache.set(forces, m);
  }
  return m;
}
