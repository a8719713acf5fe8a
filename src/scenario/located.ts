import type { SourcePosition } from '../model/scenario.js';

/**
 * Positions of parsed values. The YAML reader returns plain objects and arrays and records,
 * beside each, where it and each of its children were written. The table is keyed by object
 * identity, so positions survive merging: an element taken from a base design keeps pointing
 * into the base file.
 */
export interface NodeInfo {
  /** Where the mapping or sequence itself starts. */
  readonly at: SourcePosition;
  /** For mappings: where each key was written. */
  readonly keys: Map<string, SourcePosition>;
  /** For mappings: where each value starts (keyed by name); for sequences: by index. */
  readonly values: Map<string | number, SourcePosition>;
}

const INFO = new WeakMap<object, NodeInfo>();

/** Attaches positions to a parsed (or merged) object or array. */
export function setInfo(value: object, info: NodeInfo): void {
  INFO.set(value, info);
}

/** The positions recorded for an object or array, if any. */
export function infoOf(value: unknown): NodeInfo | undefined {
  return typeof value === 'object' && value !== null ? INFO.get(value) : undefined;
}

/** Where a value starts: its own position if it is an object, else undefined (see {@link locate}). */
export function positionOf(value: unknown): SourcePosition | undefined {
  return infoOf(value)?.at;
}

/**
 * The position of the value at `path` under `root`, or of the deepest ancestor that has one
 * (a missing key points at the mapping that lacks it). With `key`, points at the last key itself
 * rather than its value (for "unknown key" problems).
 */
export function locate(root: unknown, path: readonly PropertyKey[], key = false): SourcePosition | undefined {
  let node: unknown = root;
  let best = positionOf(root);
  for (let i = 0; i < path.length; i++) {
    const info = infoOf(node);
    if (!info) break;
    const step = path[i]!;
    const name = typeof step === 'number' ? step : String(step);
    const last = i === path.length - 1;
    const pos = last && key && typeof name === 'string' ? (info.keys.get(name) ?? info.values.get(name)) : info.values.get(name);
    if (!pos) break;
    best = pos;
    node = (node as Record<string | number, unknown>)[name as string];
  }
  return best;
}

/** Where key `name` of mapping `obj` was written (falls back to the mapping). */
export function keyPosition(obj: unknown, name: string): SourcePosition | undefined {
  const info = infoOf(obj);
  return info?.keys.get(name) ?? info?.at;
}

/** Where the value of key `name` (or item `index`) of `obj` starts (falls back to the container). */
export function valuePosition(obj: unknown, name: string | number): SourcePosition | undefined {
  const info = infoOf(obj);
  return info?.values.get(name) ?? info?.at;
}
