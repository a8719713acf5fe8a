import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDesign } from '../../../src/scenario/index.js';
import { dist, renderDesignReference, selector } from '../../../src/output/designReference.js';
import { builtinDesignReference, designReferencePath } from '../../../src/output/writeDesignReference.js';

describe('docs/designs.md', () => {
  test('is the reference generated from src/designs (run `npm run docs:designs` when this fails)', () => {
    expect(readFileSync(designReferencePath(), 'utf8')).toBe(builtinDesignReference());
  });
});

describe('renderDesignReference', () => {
  const cfc = loadDesign('us-rok-cfc-1994');

  test('prints every rule with its trigger, target and source', () => {
    const text = renderDesignReference([cfc]);
    expect(text).toContain('**rok-wartime-opcon**');
    expect(text).toContain('to **cfc** when defcon at least 3');
    expect(text).toContain('*Source:* Hornung 2015, p. 12');
  });

  test('lists each design once in the overview table', () => {
    const text = renderDesignReference([cfc, loadDesign('nato')]);
    expect(text.match(/^\| \[`us-rok-cfc-1994`\]/gm)).toHaveLength(1);
    expect(text.match(/^\| \[`nato`\]/gm)).toHaveLength(1);
  });

  test('is deterministic', () => {
    expect(renderDesignReference([cfc])).toBe(renderDesignReference([cfc]));
  });
});

describe('helpers', () => {
  test('dist prints every parameter of a distribution', () => {
    expect(dist({ kind: 'lognormal', median: 6 * 3_600_000, sigma: 0.6, max: 30 * 3_600_000 })).toBe('lognormal median 6h, sigma 0.6, max 1d6h');
    expect(dist({ kind: 'triangular', min: 3_600_000, mode: 3 * 3_600_000, max: 12 * 3_600_000 })).toBe('triangular 1h/3h/12h');
  });

  test('selector reads as words', () => {
    expect(selector({ nations: ['ROK'], designated: true })).toBe('designated ROK forces');
    expect(selector({ tags: ['assigned'], components: ['air'], exclude: { ids: ['x'] } })).toBe('forces of components air tagged assigned except forces x');
  });
});
