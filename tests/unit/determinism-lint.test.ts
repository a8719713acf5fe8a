import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The imperative shells, which alone may read the wall clock (progress bars, "ran in 1.2 s"): the
 * CLI and the browser lab's page. Neither simulates: runs get their clock and seed from them.
 */
const SHELLS = [join('src', 'cli'), join('src', 'lab', 'page')];

/**
 * Every .ts file under src/ except the shells and the generated page bundles (`generated/`:
 * esbuild output that inlines third-party code such as the editor; their own sources are linted).
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return SHELLS.some((s) => p.endsWith(s)) || name === 'generated' ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

// Comments may mention the forbidden calls (to explain why they are absent); code may not.
const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const FORBIDDEN: [RegExp, string][] = [
  [/\bMath\.random\s*\(/, 'Math.random: draw from the run rng (rng.fork(name))'],
  [/\bDate\.now\s*\(/, 'Date.now: use the run clock'],
  [/\bnew Date\s*\(\s*\)/, 'new Date(): use the run clock'],
  [/\bperformance\.now\s*\(/, 'performance.now: use the run clock'],
];

describe('determinism lint', () => {
  it('finds no wall clock or unseeded randomness in src/ outside the CLI and lab shells', () => {
    const hits: string[] = [];
    for (const file of sources('src')) {
      const text = stripComments(readFileSync(file, 'utf8'));
      for (const [re, why] of FORBIDDEN) if (re.test(text)) hits.push(`${file}: ${why}`);
    }
    expect(hits).toEqual([]);
  });

  it('would catch a violation (the patterns match what they must)', () => {
    expect(FORBIDDEN.filter(([re]) => re.test('const x = Math.random() + Date.now() + +new Date();')).length).toBe(3);
    expect(FORBIDDEN.some(([re]) => re.test(stripComments('// Math.random() is banned here')))).toBe(false);
  });
});
