import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import { loadScenario } from '../scenario/index.js';
import { SEED_PATTERN } from '../scenario/schemaParts.js';
import type { ScenarioModel } from '../model/scenario.js';
import { applyParameters, type ParameterPoint } from '../sweep/applyParameters.js';
import type { Scalar } from '../model/theater.js';
import { openOutput, writeAll } from '../io/outputSink.js';

/** Options shared by commands that run a scenario. */
export interface RunFlags {
  seed?: string;
  design?: string;
  /** `--set NAME=VALUE`, repeatable: design parameters as a sweep grid point sets them. */
  set?: string[];
}

/** Adds `--seed` and `--design` to a command. */
export function withRunFlags(cmd: Command): Command {
  return cmd
    .option('--seed <n>', "the run's seed (overrides the scenario's seed:)")
    .option('--design <id|file>', "a built-in design id or design file, overriding the scenario's design:")
    .option('--set <name=value>', 'set a design parameter, as a sweep grid point does (repeatable; docs/sweeps.md)', collect, []);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Parses `--set NAME=VALUE` flags into a grid point: `true`/`false` are booleans, numbers are
 * numbers, anything else (a duration such as `7d`, an id) stays a string, as YAML would read it.
 */
export function parseSets(sets: readonly string[] | undefined): ParameterPoint {
  const point: Record<string, Scalar> = {};
  for (const s of sets ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new InputError([{ file: '--set', what: `'${s}' is not NAME=VALUE`, fix: 'e.g. --set feo-count=10' }]);
    const name = s.slice(0, eq).trim();
    const raw = s.slice(eq + 1).trim();
    if (name in point) throw new InputError([{ file: '--set', what: `'${name}' is set twice`, fix: 'give each parameter once' }]);
    point[name] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return point;
}

/** A seed as given on the command line: digits, letters, dots, dashes (printed back in replay commands). */
export function parseSeed(seed: string | undefined): string | undefined {
  if (seed === undefined) return undefined;
  if (!SEED_PATTERN.test(seed)) {
    throw new InputError([{ file: '--seed', what: `'${seed}' is not a seed`, fix: 'give up to 64 letters, digits, dots or dashes, e.g. --seed 42' }]);
  }
  return seed;
}

/** Checks a `--format` value against the accepted ones. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError([{ file: flag, what: `'${value}' is not accepted`, fix: `use one of ${choices.join(', ')}` }]);
}

/** A positive whole number flag such as `--runs`. */
export function parseCount(flag: string, value: string | undefined, fallback: number, max = 10_000_000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new InputError([{ file: flag, what: `'${value}' is not a whole number from 1 to ${max}`, fix: `e.g. ${flag} ${fallback}` }]);
  }
  return n;
}

/** Loads a scenario with the `--design` override and `--set` parameters applied. */
export function loadForRun(file: string, flags: RunFlags): ScenarioModel {
  const model = loadScenario(file, flags.design === undefined ? {} : { design: flags.design });
  const point = parseSets(flags.set);
  return Object.keys(point).length === 0 ? model : applyParameters(model, point, '--set');
}

/**
 * Writes text, whole or piece by piece, to `--out` (a regular file atomically, a special file
 * through; docs/user-guide.md "Writing files") or to stdout (no `--out`, or `--out -`). A whole
 * text gets a final newline when it lacks one. A failure leaves an existing file as it was.
 */
export function emit(text: string | Iterable<string>, out: string | undefined): void {
  const pieces = typeof text === 'string' ? [text.endsWith('\n') || text === '' ? text : text + '\n'] : text;
  writeAll(openOutput(out), pieces);
}

/** True when output goes to the terminal's stdout (no `--out`, or `--out -`). */
export function toStdout(out: string | undefined): boolean {
  return out === undefined || out === '-';
}
