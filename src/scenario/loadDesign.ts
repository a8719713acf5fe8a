import { join, resolve } from 'node:path';
import type { Design } from '../model/design.js';
import { InputError } from '../model/errors.js';
import { allowedRoots, isPathRef, builtinPath, resolveDesignRef } from './designRef.js';
import { compileRawDesign, loadDesignFile, resolveExtends } from './designLoader.js';
import { resolveLimits, type Limits } from './limits.js';
import { positionOf } from './located.js';
import { ProblemList } from './problems.js';
import { parseYamlText } from './readYaml.js';

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

/**
 * Loads a design from YAML text or a plain object (`{design: my-id, extends: us-rok-cfc-1994,
 * ...}`), as {@link loadDesign} loads a file: `extends:` may name a built-in id or a path
 * relative to `baseDir` (default: the working folder). Throws {@link InputError} listing every
 * problem.
 */
export function loadDesignSource(source: { readonly text: string } | { readonly object: Readonly<Record<string, unknown>> }, options: { readonly name?: string; readonly baseDir?: string; readonly limits?: Partial<Limits> } = {}): Design {
  const lim = resolveLimits(options.limits);
  const name = options.name ?? '<design>';
  const value = 'text' in source ? parseYamlText(source.text, name, lim).value : structuredClone(source.object);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('design' in value)) {
    throw InputError.at(positionOf(value) ?? { file: name, line: 1, column: 1 }, 'not a design: it has no top-level `design:` key', 'start it with `design: my-design-id`');
  }
  const dir = resolve(options.baseDir ?? '.');
  const problems = new ProblemList(name);
  const merged = resolveExtends(value as Record<string, unknown>, dir, { limits: lim, roots: allowedRoots(dir), chain: [join(dir, name.replace(/[\\/]/g, '_'))], problems });
  const design = compileRawDesign(merged, problems);
  problems.throwIfAny();
  return design!;
}
