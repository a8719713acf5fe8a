import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import { loadScenario } from '../scenario/index.js';
import type { ScenarioModel } from '../model/scenario.js';
import { writeAtomic } from '../io/writeAtomic.js';

/** Options shared by commands that run a scenario. */
export interface RunFlags {
  seed?: string;
  design?: string;
}

/** Adds `--seed` and `--design` to a command. */
export function withRunFlags(cmd: Command): Command {
  return cmd
    .option('--seed <n>', "the run's seed (overrides the scenario's seed:)")
    .option('--design <id|file>', "a built-in design id or design file, overriding the scenario's design:");
}

/** A seed as given on the command line: digits, letters, dots, dashes (printed back in replay commands). */
export function parseSeed(seed: string | undefined): string | undefined {
  if (seed === undefined) return undefined;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(seed)) {
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

/** Loads a scenario with the `--design` override applied. */
export function loadForRun(file: string, flags: RunFlags): ScenarioModel {
  return loadScenario(file, flags.design === undefined ? {} : { design: flags.design });
}

/** Writes to `--out` atomically, or to stdout. */
export function emit(text: string, out: string | undefined): void {
  if (out === undefined) process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
  else writeAtomic(out, text);
}
