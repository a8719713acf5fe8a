import { resolve } from 'node:path';
import type { Design } from '../model/design.js';
import { allowedRoots, isPathRef, builtinPath, resolveDesignRef } from './designRef.js';
import { loadDesignFile } from './designLoader.js';
import { resolveLimits, type Limits } from './limits.js';

/**
 * Loads a design by reference: a built-in id (`us-rok-cfc-1994`) or a file path. With
 * `fromDir`, a path is relative to that folder and must stay inside it, scenarios/ or
 * src/designs/ (as for references written in files); without, it is relative to the working
 * folder and unrestricted (a path the user typed). Throws {@link InputError} listing every
 * problem. `flag` names where the reference was typed, for messages (`--design`, `--designs`).
 * @example loadDesign('us-rok-cfc-1994').headquarters.map((h) => h.id)
 */
export function loadDesign(ref: string, fromDir?: string, limits?: Partial<Limits>, flag = '--design'): Design {
  const lim = resolveLimits(limits);
  if (!isPathRef(ref)) return loadDesignFile(builtinPath(ref, undefined, flag), lim);
  if (fromDir === undefined) return loadDesignFile(resolveDesignRef(ref, process.cwd(), undefined, undefined, flag), lim);
  const roots = allowedRoots(resolve(fromDir));
  return loadDesignFile(resolveDesignRef(ref, resolve(fromDir), roots, undefined, ref), lim, roots);
}
