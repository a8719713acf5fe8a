import { showControls } from '../model/showControls.js';
import { CheckFailure, InputError, InvariantViolation } from '../model/errors.js';

/**
 * The one place that maps errors to exit codes: InputError 2 (one line a problem, no stack),
 * CheckFailure 1, anything else is a bug (exit 70) printed with its stack so it can be reported.
 */
export function reportError(err: unknown): number {
  const write = (text: string) => void process.stderr.write(safeLines(text));
  if (err instanceof InputError) {
    write(`opcon: ${err.message.split('\n').join('\nopcon: ')}\n`);
    return 2;
  }
  if (err instanceof CheckFailure) {
    write(`${err.message}\n`);
    return 1;
  }
  if (err instanceof InvariantViolation) {
    write(`opcon: internal error: ${err.message}\n`);
    return 70;
  }
  const e = err as { stack?: string; message?: string };
  write(`opcon: internal error (please report it): ${e?.stack ?? e?.message ?? String(err)}\n`);
  return 70;
}

/** Text for the terminal whose own line breaks are kept and whose other control characters (from input) are shown escaped. */
export function safeLines(text: string): string {
  return text.split('\n').map(showControls).join('\n');
}
