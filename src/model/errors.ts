import { showControls } from './showControls.js';
import type { SourcePosition } from './scenario.js';

/**
 * Bad input: a scenario, design or CLI flag the user must fix. Printed as one line
 * `file:line:column: what is wrong; how to fix it`, exit code 2, never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly problems: readonly Problem[],
  ) {
    super(problems.map(formatProblem).join('\n'));
  }

  /** One problem at one place. */
  static at(position: SourcePosition | undefined, what: string, fix: string, file = position?.file ?? '<input>'): InputError {
    return new InputError([{ file, line: position?.line, column: position?.column, what, fix }]);
  }
}

/** One problem in an input; `line`/`column` are 1-based and absent for whole-file or flag problems. */
export interface Problem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly what: string;
  readonly fix: string;
}

/**
 * `file:line:column: what; fix` (the place shortens when line or column is unknown), always one
 * line: control characters quoted from input or flags are shown escaped (`\u001b`, `\n`).
 */
export function formatProblem(p: Problem): string {
  const file = showControls(p.file);
  const place = p.line === undefined ? file : p.column === undefined ? `${file}:${p.line}` : `${file}:${p.line}:${p.column}`;
  return `${place}: ${showControls(p.what)}; ${showControls(p.fix)}`;
}

/** An `expect:` check or `opcon check` failed: exit code 1. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
  constructor(readonly failures: readonly string[]) {
    super(failures.join('\n'));
  }
}

/**
 * A broken invariant inside a run: a bug in opcon, not in the input. Carries what is needed to
 * replay it.
 */
export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
  constructor(
    message: string,
    readonly seed: string,
    readonly file: string,
  ) {
    super(`${message} (seed ${seed}); replay: opcon run ${file} --seed ${seed} --format jsonl`);
  }
}
