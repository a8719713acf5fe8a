import { InputError } from '../../../src/model/errors.js';

/** Runs `fn`, expects an InputError, and returns its message lines (one per problem). */
export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.message.split('\n');
    throw err;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

export const FIX = 'tests/fixtures/loader';
