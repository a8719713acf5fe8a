import { dirname, isAbsolute, join } from 'node:path';
import { allowedRoots, isPathRef, resolveDesignRef } from '../scenario/designRef.js';
import { InputError, type Problem } from '../model/errors.js';
import type { Scalar } from '../model/theater.js';
import { DEFAULT_LIMITS } from '../scenario/limits.js';
import { keyPosition, valuePosition } from '../scenario/located.js';
import { readYamlFile } from '../scenario/readYaml.js';
import { SEED_PATTERN } from '../scenario/schemaParts.js';
import type { ParameterPoint } from './applyParameters.js';
import { STUDY_KEYS } from '../scenario/studySchema.js';

/** A sweep file, read and checked (docs/sweeps.md). */
export interface SweepSpec {
  readonly file: string;
  readonly id: string;
  /** The scenario path, relative to the working directory when the sweep file's path is. */
  readonly scenario: string;
  /** Designs as written; [null] runs the scenario's own design. */
  readonly designs: readonly (string | null)[];
  readonly runs: number;
  readonly seed: string | undefined;
  /** Every combination of the parameter values, the last parameter varying fastest. */
  readonly points: readonly ParameterPoint[];
  readonly metrics: readonly string[];
}

/** A grid bigger than this is almost surely a mistake (and its manifest would be huge). */
export const MAX_POINTS = 10_000;

/** Reads a sweep file; every problem is reported with its file:line:column and a fix. */
export function readSweepSpec(file: string): SweepSpec {
  const raw = readYamlFile(file, file, DEFAULT_LIMITS).value as Record<string, unknown>;
  const problems: Problem[] = [];
  const add = (pos: { line: number; column: number } | undefined, what: string, fix: string) => problems.push({ file, line: pos?.line, column: pos?.column, what, fix });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw InputError.at({ file, line: 1, column: 1 }, 'a sweep file is a mapping', 'start with `scenario:` (docs/sweeps.md)');
  for (const k of Object.keys(raw)) if (!STUDY_KEYS.includes(k)) add(keyPosition(raw, k), `unknown key '${k}'`, `use one of ${STUDY_KEYS.join(', ')}`);

  const scenario = raw['scenario'];
  if (typeof scenario !== 'string' || scenario === '') add(valuePosition(raw, 'scenario'), 'scenario: is missing or not a path', 'give the scenario file, relative to this file');
  let designs: (string | null)[] = [null];
  const rawDesigns = raw['designs'];
  if (rawDesigns !== undefined) {
    if (!Array.isArray(rawDesigns) || rawDesigns.length === 0 || rawDesigns.some((d) => typeof d !== 'string')) add(valuePosition(raw, 'designs'), 'designs: must be a non-empty list of design ids or files', 'e.g. designs: [us-rok-cfc-1994, us-rok-future-cfc-2018]');
    else designs = rawDesigns as string[];
  }
  const runs = raw['runs'] ?? 100;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > 10_000_000) add(valuePosition(raw, 'runs'), 'runs: must be a whole number from 1 to 10000000', 'e.g. runs: 200');
  const seed = raw['seed'];
  const badSeed = seed !== undefined && ((typeof seed !== 'string' && typeof seed !== 'number') || !SEED_PATTERN.test(String(seed)));
  if (badSeed) add(valuePosition(raw, 'seed'), 'seed: must be up to 64 letters, digits, dots or dashes', 'e.g. seed: 42');

  const axes: [string, Scalar[]][] = [];
  const params = raw['parameters'] ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) add(valuePosition(raw, 'parameters'), 'parameters: must be a mapping of name to a list of values', 'e.g. parameters: {latency-factor: [0.5, 1, 2]}');
  else {
    for (const [name, values] of Object.entries(params)) {
      const list = Array.isArray(values) ? values : [values];
      if (list.length === 0 || list.some((v) => !['string', 'number', 'boolean'].includes(typeof v))) add(valuePosition(params, name), `parameter '${name}' needs a list of numbers, strings or booleans`, 'e.g. [0.5, 1, 2] or [true, false]');
      else axes.push([name, list as Scalar[]]);
    }
  }
  const size = axes.reduce((n, [, v]) => n * v.length, 1);
  if (size > MAX_POINTS) add(valuePosition(raw, 'parameters'), `the grid has ${size} points, over ${MAX_POINTS}`, 'vary fewer parameters or fewer values');

  const metrics = raw['metrics'] ?? [];
  if (!Array.isArray(metrics) || metrics.some((m) => typeof m !== 'string')) add(valuePosition(raw, 'metrics'), 'metrics: must be a list of metric names', 'e.g. metrics: [decision-latency-h, coordination-gap-h] (docs/metrics.md)');
  // Paths in a sweep file follow the one design-reference rule (docs/user-guide.md): relative to
  // the sweep file's folder or absolute, confined like those in a scenario (docs/limits.md);
  // they are passed on relative to the working folder.
  const roots = allowedRoots(dirname(file));
  const confine = (ref: string, pos: { line: number; column: number } | undefined, what: string): string => {
    try {
      resolveDesignRef(ref.endsWith('.yaml') || ref.endsWith('.yml') || ref.includes('/') ? ref : `./${ref}`, dirname(file), roots, pos && { file, ...pos }, file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map((p) => ({ ...p, what: p.what.replace(/^design path/, `${what} path`).replace(/^design file/, `${what} file`).replace("the scenario's folder", "the sweep file's folder"), line: p.line ?? pos?.line, column: p.column ?? pos?.column })));
    }
    // An absolute path stays as written (join would glue it under the study's folder).
    return isAbsolute(ref) ? ref : join(dirname(file), ref);
  };
  const scenarioPath = typeof scenario === 'string' && scenario !== '' ? confine(scenario, valuePosition(raw, 'scenario'), 'scenario') : '';
  designs = designs.map((d, i) => (d !== null && isPathRef(d) ? confine(d, valuePosition(rawDesigns as object, i), 'design') : d));
  if (problems.length > 0) throw new InputError(problems);

  return {
    file,
    id: typeof raw['sweep'] === 'string' ? raw['sweep'] : 'sweep',
    scenario: scenarioPath,
    designs,
    runs: runs as number,
    seed: seed === undefined ? undefined : String(seed),
    points: grid(axes),
    metrics: metrics as string[],
  };
}

/** The cartesian product of the axes, in the order written, the last axis varying fastest. */
export function grid(axes: readonly (readonly [string, readonly Scalar[]])[]): ParameterPoint[] {
  let points: Record<string, Scalar>[] = [{}];
  for (const [name, values] of axes) points = points.flatMap((p) => values.map((v) => ({ ...p, [name]: v })));
  return points;
}
