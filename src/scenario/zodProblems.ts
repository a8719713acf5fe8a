import type { z } from 'zod';
import { suggestion } from './didYouMean.js';
import { locate } from './located.js';
import type { ProblemList } from './problems.js';

type Issue = z.core.$ZodIssue;

/** Marker the per-parse error map puts in front of the known keys of an object (see below). */
const KNOWN = 'known-keys:';

/**
 * Validates parsed YAML against a schema, turning every zod issue into one problem at the
 * line:column of the offending key or value. Returns the data when valid, else undefined.
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, problems: ProblemList): T | undefined {
  const result = schema.safeParse(value, {
    // Unknown-key issues do not say which keys were expected; the schema that raised them does.
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return undefined;
      const shape = (iss.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
      return shape ? KNOWN + Object.keys(shape).join(',') : undefined;
    },
  });
  if (result.success) return result.data;
  for (const issue of result.error.issues) report(issue, [], value, problems);
  return undefined;
}

function report(issue: Issue, prefix: readonly PropertyKey[], root: unknown, problems: ProblemList): void {
  const path = [...prefix, ...issue.path];
  const input = valueAt(root, path);
  const label = pathLabel(path);
  switch (issue.code) {
    case 'invalid_union': {
      const candidates = issue.errors.filter((b) => !rejectsKind(b));
      const unknownKeys = candidates.map((b) => b.find((i) => i.code === 'unrecognized_keys' && i.path.length === 0));
      // Several mapping forms, none of whose keys were used: name the key and list the forms.
      if (candidates.length > 1 && unknownKeys.every((i) => i !== undefined)) {
        for (const key of (unknownKeys[0] as { keys: string[] }).keys) {
          problems.add(locate(root, [...path, key], true), `unknown key \`${key}\` in ${label}`, fixOf(issue.message, 'check its form in docs/file-formats.md'));
        }
        return;
      }
      const branch = bestBranch(candidates);
      if (branch) {
        for (const sub of branch) report(sub, path, root, problems);
        return;
      }
      return add(problems, root, path, `${label} is ${show(input)}`, fixOf(issue.message, 'check its form in docs/file-formats.md'));
    }
    case 'unrecognized_keys': {
      const known = issue.message.startsWith(KNOWN) ? issue.message.slice(KNOWN.length).split(',') : [];
      for (const key of issue.keys) {
        const fix =
          key === 'remove'
            ? '`remove: true` only works in a design that `extends:` another'
            : key === 'extends'
              ? '`extends:` only works at the top of a design'
              : suggestion(key, known, known.length ? `remove it, or use one of: ${known.join(', ')}` : 'remove it');
        problems.add(locate(root, [...path, key], true), `unknown key \`${key}\`${path.length ? ` in ${label}` : ''}`, fix);
      }
      return;
    }
    case 'invalid_type': {
      if (input === undefined) {
        const key = String(path[path.length - 1]);
        const parent = path.slice(0, -1);
        return add(problems, root, parent, `${parent.length ? pathLabel(parent) : 'the file'} lacks the required key \`${key}\``, `add \`${key}:\``);
      }
      if (input === null) return add(problems, root, path, `${label} has no value`, 'give it a value or remove the key');
      return add(problems, root, path, `${label} must be ${typeWord(issue.expected)}, not ${kindOf(input)}`, `write ${typeWord(issue.expected)}`);
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      // show(), not String(): a mapping with a `toString:` key cannot be converted to text.
      const fix = values.length === 1 ? `write ${values[0]}` : suggestion(typeof input === 'string' ? input : show(input), values, `use one of: ${values.join(', ')}`);
      return add(problems, root, path, `${label} is ${show(input)}`, values.length > 1 && fix.startsWith('did you') ? `${fix} (one of: ${values.join(', ')})` : fix);
    }
    case 'too_small':
      if (issue.origin === 'string') return add(problems, root, path, `${label} is empty`, 'write some text or remove the key');
      if (issue.origin === 'array') return add(problems, root, path, `${label} has ${(input as unknown[]).length} entries`, `list at least ${issue.minimum}`);
      return add(problems, root, path, `${label} is ${show(input)}${whatOf(issue.message, `, below ${issue.minimum}`)}`, fixOf(issue.message, `use at least ${issue.minimum}`));
    case 'too_big':
      if (issue.origin === 'array') return add(problems, root, path, `${label} has ${(input as unknown[]).length} entries`, `list at most ${issue.maximum}`);
      return add(problems, root, path, `${label} is ${show(input)}${whatOf(issue.message, `, above ${issue.maximum}`)}`, fixOf(issue.message, `use at most ${issue.maximum}`));
    default:
      return add(problems, root, path, `${label} is ${show(input)}${whatOf(issue.message, '')}`, fixOf(issue.message, 'see docs/file-formats.md'));
  }
}

function add(problems: ProblemList, root: unknown, path: readonly PropertyKey[], what: string, fix: string): void {
  problems.add(locate(root, path), what, fix);
}

/**
 * The union branch that explains the failure best: the one whose issues go deepest into the
 * value rather than rejecting it outright. Undefined when every branch rejects the value's kind
 * (then the union's own message, which lists the accepted forms, is clearer).
 */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestScore = Infinity;
  for (const b of branches) {
    if (rejectsKind(b)) continue;
    const score = b.length + (b.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0) ? 100 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = b;
    }
  }
  return best;
}

/** True when a union branch rejected the value outright (wrong kind), not some part of it. */
function rejectsKind(branch: readonly Issue[]): boolean {
  return (
    branch.length > 0 &&
    branch.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value' || (i.code === 'invalid_union' && i.errors.length > 0 && i.errors.every(rejectsKind))))
  );
}

/** Our schema messages read "what; fix": this takes the what part. */
function whatOf(message: string, fallback: string): string {
  const i = message.indexOf('; ');
  return i > 0 ? `, ${message.slice(0, i)}` : fallback;
}

function fixOf(message: string, fallback: string): string {
  const i = message.indexOf('; ');
  return i > 0 ? message.slice(i + 2) : fallback;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** `timeline[2].at`: the path as a reader finds it in the file. */
export function pathLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return `\`${s}\``;
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return `${v}`;
  return `the number ${String(v)}`;
}

function typeWord(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping', tuple: 'a list' };
  return words[expected] ?? expected;
}
