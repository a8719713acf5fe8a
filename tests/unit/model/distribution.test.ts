import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { sample, scaleDistribution, type Distribution } from '../../../src/model/distribution.js';
import { RngStreams } from '../../../src/engine/rng.js';
import { HOUR, MINUTE } from '../../../src/model/time.js';

const rng = (seed: string) => new RngStreams(seed).fork('d');

describe('sample', () => {
  fcTest.prop([fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.string()])(
    'triangular and uniform stay within bounds, on whole minutes',
    (a, b, c, seed) => {
      const [min, mode, max] = [a, b, c].sort((x, y) => x - y).map((v) => v * MINUTE) as [number, number, number];
      const r = rng(seed);
      for (const d of [{ kind: 'triangular', min, mode, max }, { kind: 'uniform', min, max }] as Distribution[]) {
        const v = sample(d, r);
        expect(v).toBeGreaterThanOrEqual(min);
        expect(v).toBeLessThanOrEqual(max);
        expect(v % MINUTE).toBe(0);
      }
    },
  );

  it('lognormal has about the given median and respects its cap', () => {
    const r = rng('x');
    const d: Distribution = { kind: 'lognormal', median: 6 * HOUR, sigma: 0.5, max: 20 * HOUR };
    const xs = Array.from({ length: 4001 }, () => sample(d, r)).sort((a, b) => a - b);
    expect(Math.abs(xs[2000]! - 6 * HOUR)).toBeLessThan(0.5 * HOUR);
    expect(xs[xs.length - 1]!).toBeLessThanOrEqual(20 * HOUR);
  });

  it('scales every duration of a distribution', () => {
    expect(scaleDistribution({ kind: 'triangular', min: HOUR, mode: 2 * HOUR, max: 4 * HOUR }, 0.5)).toEqual({ kind: 'triangular', min: 30 * MINUTE, mode: HOUR, max: 2 * HOUR });
  });
});
