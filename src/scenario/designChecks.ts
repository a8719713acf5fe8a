import type { SourcePosition } from '../model/scenario.js';
import { keyPosition, positionOf, valuePosition } from './located.js';
import { reportUnknown } from './compileParts.js';
import { textOf, type ProblemList } from './problems.js';

/**
 * Small semantic checks shared by the design and scenario compilers: unique ids, references,
 * provenance. Each reports at the position of the offending key or value.
 */

/** Reports entries whose `key` repeats an earlier entry's. */
export function checkUnique(list: readonly object[] | undefined, key: string, kind: string, problems: ProblemList): void {
  const seen = new Map<string, SourcePosition | undefined>();
  for (const entry of list ?? []) {
    const raw = (entry as Record<string, unknown>)[key];
    // A non-text id is reported by the schema; comparing it here would need String(), which a
    // mapping with a `toString:` key breaks.
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const id = String(raw);
    const first = seen.get(id);
    if (seen.has(id)) {
      problems.add(valuePosition(entry, key), `duplicate ${kind} \`${id}\`${first ? ` (first at line ${first.line})` : ''}`, `give each ${kind} its own ${key}`);
    } else seen.set(id, valuePosition(entry, key));
  }
}

/** Reports a missing `source:`/`assumption:` on a design element that needs one. */
export function checkProvenance(entry: object | undefined, kind: string, problems: ProblemList): void {
  if (!entry) return;
  const e = entry as { source?: unknown; assumption?: unknown; id?: unknown; name?: unknown; step?: unknown; nation?: unknown };
  if (e.source !== undefined || e.assumption !== undefined) return;
  const label = e.id ?? e.name ?? e.step ?? e.nation;
  problems.add(positionOf(entry), `${kind}${label !== undefined ? ` \`${textOf(label)}\`` : ''} has neither \`source:\` nor \`assumption:\``, 'cite a source (source: "Hornung 2015, p. 14") or state the modelling assumption (assumption: "...")');
}

/** Reports a reference (`entry[key]`, a string or a list of strings) to an id not in `known`. */
export function checkRef(entry: object, key: string, known: ReadonlySet<string>, kind: string, problems: ProblemList): void {
  const v = (entry as Record<string, unknown>)[key];
  if (typeof v === 'string') {
    if (!known.has(v)) reportUnknown(problems, valuePosition(entry, key), kind, v, known);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => {
      if (typeof x === 'string' && !known.has(x)) reportUnknown(problems, valuePosition(v, i), kind, x, known);
    });
  }
}

/** Reports a nation that the design's `nations:` list does not name. */
export function checkNation(entry: object, key: string, nations: ReadonlySet<string>, problems: ProblemList): void {
  const v = (entry as Record<string, unknown>)[key];
  const list = typeof v === 'string' ? [v] : [];
  for (const n of list) {
    if (!nations.has(n)) problems.add(valuePosition(entry, key), `nation \`${n}\` is not in the design's \`nations:\``, `add ${n} to \`nations:\` or use one of: ${[...nations].join(', ')}`);
  }
}

/** The position of a key, for "this key needs that one" problems. */
export function at(entry: object, key: string): SourcePosition | undefined {
  return keyPosition(entry, key);
}
