import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Design } from '../model/design.js';
import { InputError, type Problem } from '../model/errors.js';
import { compileDesign } from './compileDesign.js';
import { designSchema, type RawDesign } from './designSchema.js';
import { allowedRoots, builtinFiles, displayPath, resolveDesignRef } from './designRef.js';
import type { Limits } from './limits.js';
import { infoOf, positionOf, setInfo, valuePosition } from './located.js';
import { mergeDesign } from './mergeDesign.js';
import { checkEveryParameterRead, resolveParameterRefs } from './parameterRefs.js';
import { oneLine, ProblemList } from './problems.js';
import { readYamlFile, type YamlFile } from './readYaml.js';
import { parseWithSchema } from './zodProblems.js';
import { referenceProblems } from './salvage.js';

type Obj = Record<string, unknown>;

/**
 * Parsed files by absolute path, valid while size and mtime are unchanged. Bounded (least
 * recently used first out): a process that reads thousands of files (the long fuzz, a
 * validate over a large tree) must not keep every parse alive.
 */
const yamlCache = new Map<string, { stamp: string; yaml: YamlFile }>();
const YAML_CACHE_SIZE = 64;
/** Compiled built-in designs by absolute path: they never change while opcon runs. */
const builtinCache = new Map<string, Design>();

/** How many parsed files the cache holds (for tests of its bound). */
export function cachedFileCount(): number {
  return yamlCache.size;
}

/** Reads a YAML file through the cache (a scenario loads in milliseconds after the first). */
export function readCached(abs: string, limits: Limits): YamlFile {
  const st = statSync(abs, { throwIfNoEntry: false });
  const stamp = st ? `${st.size}:${st.mtimeMs}` : '';
  const hit = yamlCache.get(abs);
  yamlCache.delete(abs);
  if (hit && hit.stamp === stamp) {
    yamlCache.set(abs, hit); // most recently used goes last
    return hit.yaml;
  }
  const yaml = readYamlFile(abs, displayPath(abs), limits);
  yamlCache.set(abs, { stamp, yaml });
  if (yamlCache.size > YAML_CACHE_SIZE) yamlCache.delete(yamlCache.keys().next().value!);
  return yaml;
}

/** State carried down an `extends:` chain. */
export interface ExtendsContext {
  readonly limits: Limits;
  /** Folders file references may point into; undefined means unrestricted (CLI input). */
  readonly roots: readonly string[] | undefined;
  /** Absolute paths of the designs being loaded, outermost first (cycle detection). */
  readonly chain: readonly string[];
  readonly problems: ProblemList;
}

/** Reads a design file and applies its `extends:` chain, returning the merged raw design. */
export function loadRawDesignFile(abs: string, ctx: ExtendsContext): Obj {
  const yaml = readCached(abs, ctx.limits);
  const value = yaml.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('design' in value)) {
    throw InputError.at(positionOf(value) ?? { file: yaml.file, line: 1, column: 1 }, 'not a design file: it has no top-level `design:` key', 'start the file with `design: my-design-id`');
  }
  // Roots are fixed by the top file of a chain; a design loaded from the command line is
  // trusted, and what it extends may reach its own folder and the shipped designs.
  const roots = ctx.roots ?? allowedRoots(dirname(abs));
  return resolveExtends(value as Obj, dirname(abs), { ...ctx, roots, chain: [...ctx.chain, abs] });
}

/** Applies `extends:` (if any) of a design mapping written in folder `dir`. */
export function resolveExtends(value: Obj, dir: string, ctx: ExtendsContext): Obj {
  const ref = value.extends;
  if (typeof ref !== 'string') return value;
  const at = valuePosition(value, 'extends');
  const file = at?.file ?? ctx.problems.file;
  const baseAbs = resolveDesignRef(ref, dir, ctx.roots, at, file);
  if (ctx.chain.includes(baseAbs)) {
    const cycle = [...ctx.chain.slice(ctx.chain.indexOf(baseAbs)), baseAbs].map(displayPath).join(' -> ');
    throw InputError.at(at, `\`extends: ${oneLine(ref)}\` makes a cycle (${oneLine(cycle)})`, 'make one of these designs stop extending the other', file);
  }
  if (ctx.chain.length >= ctx.limits.maxExtendsDepth) {
    throw InputError.at(at, `the extends chain is longer than ${ctx.limits.maxExtendsDepth} designs`, 'flatten it, or raise maxExtendsDepth (docs/limits.md)', file);
  }
  const base = loadRawDesignFile(baseAbs, ctx);
  return mergeDesign(base, value, ctx.problems);
}

/** The merged raw design (references unresolved) each compiled design came from, to re-resolve parameters. */
const rawOfDesign = new WeakMap<Design, { raw: Obj; file: string }>();

/**
 * Resolves a merged raw design's `{param: NAME}` references, checks that every parameter is
 * read, checks the result against the schema and compiles it; problems go to the list.
 * `values` overrides parameter values (see {@link rebindParameters}).
 */
export function compileRawDesign(raw: Obj, problems: ProblemList, values?: Readonly<Record<string, unknown>>): Design | undefined {
  const resolved = resolveParameterRefs(raw, problems, values);
  checkEveryParameterRead(raw, resolved.reads, problems);
  // Schema problems at an unknown reference repeat the one already reported there.
  const schemaProblems = new ProblemList(problems.file);
  const parsed = parseWithSchema(designSchema, resolved.raw, schemaProblems);
  const repeats = (p: Problem) => resolved.unresolved.some((at) => at.file === p.file && at.line === p.line && at.column === p.column);
  problems.addAll(schemaProblems.all.filter((p) => !repeats(p)));
  if (parsed === undefined) {
    problems.addAll(referenceProblems(designSchema, resolved.raw, problems.file, (v, scratch) => void compileDesign(v as RawDesign, scratch, resolved.reads)));
    return undefined;
  }
  const design = compileDesign(resolved.raw as RawDesign, problems, resolved.reads);
  rawOfDesign.set(design, { raw, file: problems.file });
  return design;
}

/**
 * Recompiles a loaded design with some parameters set to new values, so every element that
 * reads them (`{param: NAME}`) changes. The design is not modified. A value an element cannot
 * take (a word where a duration is read) is an InputError naming the parameter, the element's
 * position and `where` (the sweep file, the command line).
 */
export function rebindParameters(design: Design, values: Readonly<Record<string, unknown>>, where: string): Design {
  const names = Object.keys(values);
  const origin = rawOfDesign.get(design);
  if (!origin) throw InputError.at(undefined, `design \`${design.id}\` was not loaded from a file, so parameters ${names.join(', ')} cannot be re-resolved`, 'load the design with loadDesign or loadScenario', where);
  const problems = new ProblemList(origin.file);
  const rebound = compileRawDesign(origin.raw, problems, values);
  if (problems.size > 0 || !rebound) {
    const p = problems.all[0];
    const at = p ? `${p.file}:${p.line ?? 1}:${p.column ?? 1}` : origin.file;
    const shown = names.map((n) => `${n}=${String(values[n])}`).join(', ');
    throw InputError.at(undefined, `parameter ${shown}: ${p?.what ?? 'the design does not compile'} (where it is read, ${at})`, p?.fix ?? 'give a value of the kind the design reads there', where);
  }
  return rebound;
}

/**
 * Loads a design file by absolute path, with caching for built-ins. `roots` confines the paths
 * its `extends:` may name (undefined: the file's own folder and the shipped designs).
 */
export function loadDesignFile(abs: string, limits: Limits, roots?: readonly string[]): Design {
  const builtin = builtinFiles().includes(abs);
  const hit = builtin ? builtinCache.get(abs) : undefined;
  if (hit) return hit;
  const problems = new ProblemList(displayPath(abs));
  const raw = loadRawDesignFile(abs, { limits, roots, chain: [], problems });
  const design = compileRawDesign(raw, problems);
  problems.throwIfAny();
  if (builtin) builtinCache.set(abs, design!);
  return design!;
}

/** Gives a raw mapping a new `design:` id while keeping its positions. */
export function withId(raw: Obj, id: string): Obj {
  const out = { ...raw, design: id };
  const info = infoOf(raw);
  if (info) setInfo(out, info);
  return out;
}
