import { InputError } from '../model/errors.js';
import { builtinFiles, displayPath } from './designRef.js';
import { loadDesignFile, readCached } from './designLoader.js';
import { DEFAULT_LIMITS } from './limits.js';

/** One line of `opcon designs`. */
export interface BuiltinDesignInfo {
  readonly id: string;
  readonly name: string;
  readonly alliance: string;
  readonly summary: string;
  /** Path of the design file (relative to the working folder when below it). */
  readonly file: string;
}

/**
 * The built-in designs (`src/designs/*.yaml`), sorted by file name. A design that fails to
 * load is still listed from its raw fields, with `(invalid: ...)` in its name, so one broken
 * file does not hide the others.
 */
export function listBuiltinDesigns(): BuiltinDesignInfo[] {
  return builtinFiles().map((abs) => {
    const file = displayPath(abs);
    try {
      const d = loadDesignFile(abs, DEFAULT_LIMITS);
      return { id: d.id, name: d.name, alliance: d.alliance, summary: d.summary, file };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      let raw: Record<string, unknown> = {};
      try {
        raw = (readCached(abs, DEFAULT_LIMITS).value ?? {}) as Record<string, unknown>;
      } catch {
        // unreadable: listed with its file name only
      }
      const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
      const id = str('design') || abs.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
      return { id, name: `${str('name') || id} (invalid: run opcon validate ${file})`, alliance: str('alliance'), summary: str('summary'), file };
    }
  });
}
