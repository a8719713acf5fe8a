import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * `opcon/browser` must bundle for a page or a Web Worker: no module reachable from src/browser.ts
 * may import a Node built-in, nor a package that needs Node (commander, tinypool). Walks the
 * static imports (type-only imports are erased at build and skipped).
 */
const BROWSER_PACKAGES = new Set(['xstate', 'immer', 'seedrandom', 'yaml', 'zod', 'string-width']);

function reachable(entry: string): { modules: string[]; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|import\('([^']+)'\)/g)) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3] ?? m[4])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.set(spec, relative('.', file));
    }
  };
  visit(resolve(entry));
  return { modules: [...seen].map((f) => relative('.', f)), packages };
}

describe('the browser entry (src/browser.ts)', () => {
  const { modules, packages } = reachable('src/browser.ts');

  test('reaches only browser-safe packages and no Node built-in', () => {
    const bad = [...packages].filter(([p]) => !BROWSER_PACKAGES.has(p.split('/')[0]!)).map(([p, from]) => `${p} (imported by ${from})`);
    expect(bad).toEqual([]);
  });

  test('reaches the engine, the renderers and the scorer, but not the loaders or the CLI', () => {
    expect(modules).toContain(join('src', 'engine', 'simulate.ts'));
    expect(modules).toContain(join('src', 'metrics', 'runScorer.ts'));
    expect(modules.filter((m) => m.startsWith(join('src', 'cli')) || m.endsWith('readYaml.ts'))).toEqual([]);
  });

  test('the walker sees a Node import when there is one', () => {
    expect([...reachable('src/library/validate.ts').packages.keys()]).toContain('node:path');
  });
});
