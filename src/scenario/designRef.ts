import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../model/errors.js';
import type { SourcePosition } from '../model/scenario.js';
import { suggestion } from './didYouMean.js';
// References are quoted back in messages thrown directly (not via a ProblemList): keep them one line.
import { oneLine } from './problems.js';
import { builtinDesignDir, scenariosDir } from './packageRoot.js';

/**
 * Turns a design reference (`us-rok-cfc-1994`, `./variant.yaml`) into an absolute file path.
 * Paths written inside files are confined to `roots` (the top file's folder, the shipped
 * scenarios/ and src/designs/): a scenario someone sends you cannot make opcon read
 * arbitrary files.
 */

/** True when the reference names a file rather than a built-in id. */
export function isPathRef(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.ya?ml$/i.test(ref);
}

/** The folders file references may point into, given the folder of the top file. */
export function allowedRoots(topDir: string): string[] {
  return [topDir, scenariosDir(), builtinDesignDir()].map(real);
}

/** The ids of the built-in designs, by file name (sorted, so listings are stable). */
export function builtinFiles(): string[] {
  const dir = builtinDesignDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The file of a built-in design id, or an InputError with a "did you mean" hint. */
export function builtinPath(id: string, at: SourcePosition | undefined, file: string): string {
  const files = builtinFiles();
  const hit = files.find((f) => f.endsWith(`${sep}${id}.yaml`) || f.endsWith(`${sep}${id}.yml`));
  if (hit) return hit;
  const ids = files.map((f) => f.slice(f.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, ''));
  throw InputError.at(at, `no built-in design is called \`${oneLine(id)}\``, suggestion(oneLine(id), ids, `use one of: ${ids.join(', ') || '(none installed)'}, or a relative path such as ./my-design.yaml`), file);
}

/**
 * Resolves a design reference: one rule wherever it is written (docs/user-guide.md "Design
 * references"). A reference is a built-in id, or a path (it has a `/` or ends in `.yaml`),
 * relative or absolute, taken from the folder of whatever names it: the file's folder for
 * `design:` and `extends:`, the working folder for `--design`/`--designs`. With `roots` (paths
 * written inside files) the resolved path must stay inside one of them after following
 * symlinks, so a file someone sends you cannot make opcon read arbitrary files; without (paths
 * the user typed), any path is allowed.
 */
export function resolveDesignRef(ref: string, fromDir: string, roots: readonly string[] | undefined, at: SourcePosition | undefined, file: string): string {
  if (!isPathRef(ref)) return builtinPath(ref, at, file);
  const abs = resolve(fromDir, ref);
  if (!existsSync(abs)) throw InputError.at(at, `design file \`${oneLine(ref)}\` does not exist (looked for ${oneLine(abs)})`, 'check the path (relative to the folder of the file that names it)', file);
  const target = real(abs);
  if (roots && !roots.some((r) => target === r || target.startsWith(r + sep))) {
    throw InputError.at(at, `design path \`${oneLine(ref)}\` leads outside the scenario's folder, scenarios/ and src/designs/`, "copy the design next to the scenario, or name a built-in design by id", file);
  }
  return target;
}

/** The path to show in messages: relative to the working folder when below it. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}
