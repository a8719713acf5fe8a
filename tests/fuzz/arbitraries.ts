import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/**
 * Input generators for the loader fuzz: random YAML-ish structures, shipped files edited as
 * trees (wrong types, missing and unknown keys, shared subtrees that become anchors and aliases,
 * deep nesting), and shipped files edited as text (lines deleted, duplicated, swapped,
 * re-indented, scalars retyped, truncation, random bytes).
 */

/** Keys that probe prototype handling, merge keys and the schema's own vocabulary. */
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '', ' ', 'id', 'scenario', 'design', 'extends', 'start', 'end', 'at', 'after', 'when', 'during', 'forces', 'timeline', 'expect', 'rules', 'headquarters', 'authorities', 'gates', 'bodies', 'defcon', 'posture', 'phase', 'situation', 'home', 'nation', 'opcon', 'latency', 'approvals', 'mode', 'chance', 'delay', 'all', 'any', 'not', 'gte', 'lte', 'eq'];

export const junkKey = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }));

/** Scalars of every YAML-ish kind, including huge, tiny and special numbers and time-like strings. */
export const junkScalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -0, 0.5, 1.5, -1, 0, 1, 3, 5, 6, 100, Infinity, -Infinity, NaN),
  fc.constantFrom('T+1h', 'T-5d', 'T+0m', 'T+99999999999d', 'T+1.5h', '2026-03-01T00:00Z', '1970-01-01T00:00Z', '9999-12-31T23:59Z', '2026-02-30T00:00Z', 'end', 'start', 'us-rok-cfc-1994', 'nato', '../../etc/passwd', './x.yaml', '/abs.yaml', 'rok-jcs', 'cfc', 'ROK', 'US', 'hostilities', 'armed-attack', 'x'.repeat(300), '*', '%', '&a', '*a', '!!str'),
);

/** Random trees of mappings, sequences and scalars. */
export const junkTree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, junkScalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(junkKey, tie('node'), { maxKeys: 4 })),
})).node;

/** A random top-level mapping, usually with the `scenario:` or `design:` key so it gets past the first check. */
export const junkDocument = (top: 'scenario' | 'design') =>
  fc.tuple(fc.option(junkScalar, { freq: 4 }), fc.dictionary(junkKey, junkTree, { maxKeys: 8 })).map(([id, rest]) => (id === null ? rest : { [top]: id, ...rest }));

/** One edit of a parsed tree; `path` picks where by modulo, so it applies to any tree. */
export type TreeEdit =
  | { kind: 'set'; path: number[]; value: unknown }
  | { kind: 'delete'; path: number[] }
  | { kind: 'add'; path: number[]; key: string; value: unknown }
  | { kind: 'share'; path: number[]; from: number[] }
  | { kind: 'nest'; path: number[]; depth: number; seq: boolean };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
export const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path, value: junkTree }),
  fc.record({ kind: fc.constant('delete' as const), path }),
  fc.record({ kind: fc.constant('add' as const), path, key: junkKey, value: junkTree }),
  fc.record({ kind: fc.constant('share' as const), path, from: path }),
  fc.record({ kind: fc.constant('nest' as const), path, depth: fc.integer({ min: 1, max: 40 }), seq: fc.boolean() }),
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Walks `path` (indices taken modulo the number of children) and returns the parent and key reached. */
function locate(root: Container, path: readonly number[]): { parent: Container; key: string | number } | undefined {
  let parent: Container = root;
  let key: string | number | undefined;
  for (const step of path) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    key = keys[step % keys.length]!;
    const child = (parent as Record<string | number, unknown>)[key];
    if (!isContainer(child) || step === path[path.length - 1]) break;
    parent = child;
    key = undefined;
  }
  return key === undefined ? undefined : { parent, key };
}

/** Applies edits to a copy of a parsed shipped file, then writes it back as YAML (sharing makes anchors). */
export function editTree(text: string, edits: readonly TreeEdit[], flow: boolean): string {
  const root = parse(text) as unknown;
  if (!isContainer(root)) return text;
  for (const e of edits) {
    const at = locate(root, e.path);
    if (!at) continue;
    const slot = at.parent as Record<string | number, unknown>;
    switch (e.kind) {
      case 'set':
        slot[at.key] = e.value;
        break;
      case 'delete':
        if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
        else delete slot[at.key];
        break;
      case 'add':
        if (isContainer(slot[at.key]) && !Array.isArray(slot[at.key])) Object.defineProperty(slot[at.key], e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
        else slot[at.key] = { [e.key]: e.value };
        break;
      case 'share': {
        const from = locate(root, e.from);
        // The same object twice in the tree: yaml writes an anchor and an alias (unless it would be circular).
        if (from) slot[at.key] = (from.parent as Record<string | number, unknown>)[from.key];
        break;
      }
      case 'nest': {
        let v = slot[at.key];
        for (let i = 0; i < e.depth; i++) v = e.seq ? [v] : { x: v };
        slot[at.key] = v;
        break;
      }
    }
  }
  try {
    return stringify(root, { flow, aliasDuplicateObjects: true });
  } catch {
    return text; // a circular share: keep the original text, still a valid case
  }
}

/** One text edit of a file. */
export type TextEdit =
  | { kind: 'delete-line' | 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'retype'; line: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: string };

/** Fragments that mean something to a YAML parser. */
const YAML_BITS = [' &a ', ' *a', '<<: *a', '!!binary ', '!!int ', '!custom ', '? ', '--- ', '...', '%YAML 1.1\n', '\t', '\u0000', '\uFEFF', '\r', '\r\n', '"\\', "'", '{', '}', '[', ']', '|', '>', '#', ': ', '- ', ',', '\u2028', '\uD800', '\u{1F600}'];

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('retype' as const), line: fc.nat(), value: junkScalar.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.constantFrom(...YAML_BITS), fc.string({ unit: 'binary', maxLength: 8 })) }),
);

/** Applies text edits to a file (line and offset numbers taken modulo its size). */
export function editText(text: string, edits: readonly TextEdit[]): string {
  let t = text;
  for (const e of edits) {
    const lines = t.split('\n');
    const n = lines.length;
    switch (e.kind) {
      case 'delete-line':
        lines.splice(e.line % n, 1);
        break;
      case 'duplicate-line':
        lines.splice(e.line % n, 0, lines[e.line % n]!);
        break;
      case 'swap-lines': {
        const [a, b] = [e.a % n, e.b % n];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'indent': {
        const i = e.line % n;
        lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-e.by}}`), '');
        break;
      }
      case 'retype': {
        // Replace the value after `key:` or `- ` on a line that has one.
        const i = e.line % n;
        lines[i] = lines[i]!.replace(/^(\s*(?:- )?[\w-]+: |\s*- )(.*)$/, (_, head: string) => head + e.value);
        break;
      }
      case 'truncate':
        t = t.slice(0, e.at % (t.length + 1));
        continue;
      case 'insert': {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.bytes + t.slice(at);
        continue;
      }
    }
    t = lines.join('\n');
  }
  return t;
}
