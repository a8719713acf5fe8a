import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding opcon's package.json, found by walking up from this module. Works from
 * `src/` (under vitest) and from `dist/` after a build, and inside an installed package.
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('opcon: cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Where the built-in designs live (`src/designs/`, shipped with the package). */
export function builtinDesignDir(): string {
  return join(packageRoot(), 'src', 'designs');
}

/** Where the shipped scenarios live. */
export function scenariosDir(): string {
  return join(packageRoot(), 'scenarios');
}
