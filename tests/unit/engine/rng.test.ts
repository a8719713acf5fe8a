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

describe('stream quality', () => {
  it('gives uniform, uncorrelated streams for neighbouring names and seeds', () => {
    // Streams named alike (event/e1, event/e2, ...) and seeds counting up must not move together.
    const firsts: number[] = [];
    for (let s = 0; s < 50; s++) for (let e = 0; e < 40; e++) firsts.push(new RngStreams(String(s)).fork(`event/e${e}`).next());
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    const buckets = new Array(10).fill(0);
    for (const x of firsts) buckets[Math.floor(x * 10)]++;
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.1% critical value.
    const chi = buckets.reduce((acc, n) => acc + (n - firsts.length / 10) ** 2 / (firsts.length / 10), 0);
    expect(chi).toBeLessThan(27.9);
    let lag = 0;
    for (let i = 1; i < firsts.length; i++) lag += (firsts[i]! - 0.5) * (firsts[i - 1]! - 0.5);
    expect(Math.abs(lag / (firsts.length - 1) / (1 / 12))).toBeLessThan(0.1);
  });
});
