import type { ParameterRead } from '../model/design.js';
import type { SourcePosition } from '../model/scenario.js';
import { reportUnknown } from './compileParts.js';
import { infoOf, positionOf, setInfo, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';

type Obj = Record<string, unknown>;

/** Sections of a design that never hold references: identity, text, and the parameters themselves. */
export const NOT_READ: ReadonlySet<string> = new Set(['design', 'name', 'alliance', 'summary', 'extends', 'source', 'assumption', 'nations', 'parameters']);
/** Keys that name a list entry in an element label (`bodies[bcm].activation`). */
const ENTRY_KEYS = ['id', 'name', 'nation'] as const;

/** A merged raw design with its `{param: NAME}` references replaced by values. */
export interface ResolvedDesign {
  readonly raw: Obj;
  /** Every element that reads a parameter, in file order. */
  readonly reads: readonly ParameterRead[];
  /** Where references to unknown parameters were written (already reported; the schema need not repeat them). */
  readonly unresolved: readonly SourcePosition[];
}

/**
 * Replaces each `{param: NAME}` of a merged raw design by the value of its parameter NAME
 * (docs/file-formats.md, "Parameters") and records which element reads which parameter. The
 * input is not modified: only the mappings on the way to a reference are copied, keeping their
 * positions, so later problems still point into the file. `values` overrides parameter values
 * (a sweep grid point, `run --set`). An unknown name is a problem at the reference.
 */
export function resolveParameterRefs(raw: Obj, problems: ProblemList, values: Readonly<Record<string, unknown>> = {}): ResolvedDesign {
  const declared = new Map<string, unknown>();
  for (const p of Array.isArray(raw.parameters) ? raw.parameters : []) {
    if (typeof p === 'object' && p !== null && typeof (p as Obj).name === 'string') declared.set((p as Obj).name as string, (p as Obj).value);
  }
  const reads: ParameterRead[] = [];
  const unresolved: SourcePosition[] = [];
  const walk = (node: unknown, label: string, at: SourcePosition | undefined): unknown => {
    const ref = paramName(node);
    if (ref !== undefined) {
      if (!declared.has(ref)) {
        reportUnknown(problems, at, 'parameter', ref, declared.keys());
        if (at) unresolved.push(at);
        return node;
      }
      reads.push({ parameter: ref, element: label });
      return Object.hasOwn(values, ref) ? values[ref] : declared.get(ref);
    }
    if (typeof node !== 'object' || node === null) return node;
    let copy: Obj | unknown[] | undefined;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) {
      if (label === '' && typeof key === 'string' && NOT_READ.has(key)) continue;
      const next = walk(child, childLabel(label, key, child), valuePosition(node, key));
      if (next === child) continue;
      copy ??= copyWithInfo(node as Obj | unknown[]);
      (copy as Record<string | number, unknown>)[key] = next;
    }
    return copy ?? node;
  };
  let out = walk(raw, '', positionOf(raw)) as Obj;
  const overridden = Object.keys(values).filter((k) => declared.has(k));
  if (overridden.length > 0) out = withParameterValues(out, values);
  // A modifier's `by-parameter:` reads its parameter too (the saturating count effect).
  for (const m of Array.isArray(raw.modifiers) ? raw.modifiers : []) {
    const by = (m as Obj | null)?.['by-parameter'] as Obj | undefined;
    if (typeof by?.parameter === 'string') reads.push({ parameter: by.parameter, element: `modifiers[${String((m as Obj).id)}].by-parameter` });
  }
  return { raw: out, reads, unresolved };
}

/**
 * Reports each declared parameter no element reads: a knob that changes nothing is a lie
 * (docs/mechanisms.md), so it must be referenced or become description.
 */
export function checkEveryParameterRead(raw: Obj, reads: readonly ParameterRead[], problems: ProblemList): void {
  const read = new Set(reads.map((r) => r.parameter));
  for (const p of Array.isArray(raw.parameters) ? raw.parameters : []) {
    const name = (p as Obj | null)?.name;
    if (typeof name !== 'string' || read.has(name)) continue;
    problems.add(
      valuePosition(p, 'name'),
      `parameter \`${name}\` is read by no element, so setting it would change nothing`,
      `reference it with {param: ${name}} where the design writes the number, duration or value it stands for, or move it to a description`,
    );
  }
}

/** The parameter name of a `{param: NAME}` mapping, else undefined. */
export function paramName(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  const name = (node as Obj).param;
  return keys.length === 1 && typeof name === 'string' ? name : undefined;
}

function childLabel(label: string, key: string | number, child: unknown): string {
  if (typeof key === 'string') return label === '' ? key : `${label}.${key}`;
  const named = ENTRY_KEYS.map((k) => (child as Obj | null)?.[k]).find((v) => typeof v === 'string');
  return `${label}[${named ?? key}]`;
}

/** The design with its `parameters:` entries' values replaced where `values` names them. */
function withParameterValues(raw: Obj, values: Readonly<Record<string, unknown>>): Obj {
  const out = copyWithInfo(raw) as Obj;
  const list = copyWithInfo(raw.parameters as unknown[]) as unknown[];
  list.forEach((p, i) => {
    const name = (p as Obj).name as string;
    if (!Object.hasOwn(values, name)) return;
    const entry = copyWithInfo(p as Obj) as Obj;
    entry.value = values[name];
    list[i] = entry;
  });
  out.parameters = list;
  return out;
}

function copyWithInfo(node: Obj | unknown[]): Obj | unknown[] {
  const copy = Array.isArray(node) ? [...node] : { ...node };
  const info = infoOf(node);
  if (info) setInfo(copy, info);
  return copy;
}
