import type { z } from 'zod';
import type { Problem } from '../model/errors.js';
import { infoOf, setInfo } from './located.js';
import { ProblemList } from './problems.js';

type Obj = Record<string, unknown>;

/** Rounds of dropping what the schema refuses before giving up (each round fixes every issue it sees). */
const MAX_ROUNDS = 4;

/**
 * Error recovery, so one `validate` pass reports reference problems (an unknown headquarters, a
 * rule no body knows) beside schema problems, as a compiler goes on after a syntax error: the
 * list entries the schema refuses (a force with a misspelt component) and the optional top-level
 * keys it refuses are left out, the rest is compiled into a scratch problem list, and its
 * problems are kept except those that only follow from what was left out (they name a dropped
 * entry's id). The file's real problems still come from the schema; this adds, never hides.
 */
export function referenceProblems(schema: z.ZodType, value: Obj, file: string, compile: (salvaged: Obj, problems: ProblemList) => void): Problem[] {
  const salvaged = salvage(schema, value);
  if (!salvaged) return [];
  const scratch = new ProblemList(file);
  try {
    compile(salvaged.value, scratch);
  } catch {
    // Recovery is best effort: a shape the compiler did not expect only costs the extra problems.
    return [];
  }
  const mentions = [...salvaged.dropped].map((id) => `\`${id}\``);
  return scratch.all.filter((p) => !mentions.some((m) => p.what.includes(m)));
}

/** `value` without the parts the schema refuses, and the ids of the list entries left out. */
function salvage(schema: z.ZodType, value: Obj): { value: Obj; dropped: Set<string> } | undefined {
  let current = value;
  const dropped = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(current);
    if (result.success) return { value: current, dropped };
    const entries = new Map<string, Set<number>>();
    const keys = new Set<string>();
    for (const issue of result.error.issues) {
      const [top, index] = issue.path;
      if (top === undefined) {
        // Unknown keys at the top level: leave them out.
        if (issue.code !== 'unrecognized_keys') return undefined;
        for (const k of issue.keys) keys.add(k);
      } else if (typeof top !== 'string') return undefined;
      else if (typeof index === 'number' && Array.isArray(current[top])) {
        const set = entries.get(top) ?? new Set<number>();
        set.add(index);
        entries.set(top, set);
      } else keys.add(top);
    }
    current = without(current, keys, entries, dropped);
  }
  return undefined;
}

/** A copy of `obj` without `keys` and without the listed entries of its lists, positions kept. */
function without(obj: Obj, keys: ReadonlySet<string>, entries: ReadonlyMap<string, ReadonlySet<number>>, dropped: Set<string>): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    if (keys.has(k)) continue;
    const skip = entries.get(k);
    if (!skip || !Array.isArray(v)) {
      out[k] = v;
      continue;
    }
    const kept: unknown[] = [];
    const info = infoOf(v);
    const values = new Map<string | number, NonNullable<ReturnType<typeof infoOf>>['at']>();
    v.forEach((item, i) => {
      if (skip.has(i)) {
        const id = (item as Obj | null)?.['id'];
        if (typeof id === 'string') dropped.add(id);
        return;
      }
      const pos = info?.values.get(i);
      if (pos) values.set(kept.length, pos);
      kept.push(item);
    });
    if (info) setInfo(kept, { at: info.at, keys: info.keys, values });
    out[k] = kept;
  }
  const info = infoOf(obj);
  if (info) setInfo(out, info);
  return out;
}
