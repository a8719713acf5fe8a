import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listBuiltinDesigns, loadDesign, loadScenario, validateFile } from '../../../src/scenario/index.js';

/** Every YAML file below a folder, sorted. */
function yamlFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe('shipped designs and scenarios load', () => {
  const designs = yamlFiles('src/designs');
  const scenarios = yamlFiles('scenarios');

  test('there is something to check', () => {
    expect(designs.length).toBeGreaterThan(0);
  });

  test.each(designs)('%s', (file) => {
    expect(() => validateFile(file)).not.toThrow();
  });

  test.each(scenarios)('%s', (file) => {
    expect(() => validateFile(file)).not.toThrow();
  });

  test('listBuiltinDesigns names every built-in file with its id, alliance and name', () => {
    const list = listBuiltinDesigns();
    expect(list.map((d) => d.file)).toEqual(designs);
    for (const d of list) {
      expect(d.name).not.toContain('(invalid');
      expect(d.alliance).not.toBe('');
      expect(loadDesign(d.id).id).toBe(d.id);
    }
  });

  test('a scenario loads in milliseconds once built-in designs are cached', () => {
    const file = scenarios.find((f) => f.endsWith('escalation.yaml')) ?? scenarios[0];
    if (!file) return;
    loadScenario(file);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) loadScenario(file);
    expect((performance.now() - t0) / 10).toBeLessThan(25);
  });
});
