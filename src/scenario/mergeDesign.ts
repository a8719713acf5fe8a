import type { SourcePosition } from '../model/scenario.js';
import { DESIGN_LISTS } from './designSchema.js';
import { infoOf, keyPosition, positionOf, setInfo, valuePosition } from './located.js';
import { textOf, type ProblemList } from './problems.js';

type Obj = Record<string, unknown>;

/**
 * Applies a design that `extends:` another on top of its (already merged) base, per
 * docs/file-formats.md: list entries are merged by `id` (`name` for parameters, `nation` for
 * constraints): an entry with an existing key replaces it, `remove: true` deletes it, a new one
 * is appended; any other key overrides. Entries keep their own positions, so later problems point
 * into the file where each was written. Neither input is modified.
 */
export function mergeDesign(base: Obj, override: Obj, problems: ProblemList): Obj {
  const out: Obj = {};
  const keys = new Map<string, SourcePosition>();
  const values = new Map<string | number, SourcePosition>();
  const take = (from: Obj, key: string, value: unknown) => {
    out[key] = value;
    const k = keyPosition(from, key);
    const v = valuePosition(from, key);
    if (k) keys.set(key, k);
    if (v) values.set(key, v);
  };
  for (const [key, value] of Object.entries(base)) take(base, key, value);
  for (const [key, value] of Object.entries(override)) {
    if (key === 'extends') continue;
    const by = (DESIGN_LISTS as Record<string, string>)[key];
    if (by && Array.isArray(value)) take(override, key, mergeList(Array.isArray(base[key]) ? (base[key] as unknown[]) : [], value, by, key, problems));
    else take(override, key, value);
  }
  setInfo(out, { at: positionOf(override) ?? positionOf(base)!, keys, values });
  return out;
}

function mergeList(base: readonly unknown[], over: readonly unknown[], by: string, section: string, problems: ProblemList): unknown[] {
  const out = [...base];
  for (const entry of over) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      out.push(entry); // the schema reports it
      continue;
    }
    const e = entry as Obj;
    const key = e[by];
    const i = out.findIndex((x) => typeof x === 'object' && x !== null && (x as Obj)[by] === key);
    if (e.remove === true) {
      if (i < 0) problems.add(valuePosition(e, by), `cannot remove ${section} \`${textOf(key)}\`: the base design has none`, `use the ${by} of an entry of the base design, or delete this entry`);
      else out.splice(i, 1);
      continue;
    }
    const clean = e.remove === false ? withoutRemove(e) : e;
    if (i < 0) out.push(clean);
    else out[i] = clean;
  }
  const values = new Map<string | number, SourcePosition>();
  out.forEach((x, i) => {
    const p = positionOf(x);
    if (p) values.set(i, p);
  });
  setInfo(out, { at: positionOf(over) ?? positionOf(base)!, keys: new Map(), values });
  return out;
}

function withoutRemove(e: Obj): Obj {
  const { remove: _remove, ...rest } = e;
  const info = infoOf(e);
  if (info) setInfo(rest, info);
  return rest;
}
