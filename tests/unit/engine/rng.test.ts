import { describe, expect, it } from 'vitest';
import { RngStreams, deriveRunSeed } from '../../../src/engine/rng.js';

describe('RngStreams', () => {
  it('gives the same stream for the same seed and name, independent of other streams', () => {
    const a = new RngStreams('42');
    const b = new RngStreams('42');
    b.fork('other').next();
    const xs = [a.fork('rule/x').next(), a.fork('rule/x').next()];
    const ys = [b.fork('rule/x').next(), b.fork('rule/x').next()];
    expect(xs).toEqual(ys);
    expect(xs[0]).not.toBe(xs[1]);
  });

  it('differs across seeds and names, and stays in [0, 1)', () => {
    const a = new RngStreams('1').fork('n');
    const b = new RngStreams('2').fork('n');
    const c = new RngStreams('1').fork('m');
    const va = a.next();
    expect(va).not.toBe(b.next());
    expect(va).not.toBe(c.next());
    for (let i = 0; i < 1000; i++) {
      const v = a.next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('derives per-run seeds from the root seed and index only', () => {
    expect(deriveRunSeed('7', 3)).toBe(deriveRunSeed('7', 3));
    expect(deriveRunSeed('7', 3)).not.toBe(deriveRunSeed('7', 4));
    expect(deriveRunSeed('7', 3)).toMatch(/^\d+$/);
  });
});
