import { describe as group, expect, it } from 'vitest';
import { describe, quantileSorted } from '../../../src/metrics/describe.js';
import { beatShare } from '../../../src/metrics/pairwise.js';
import { incompleteBeta, studentTCdf, tQuantile } from '../../../src/metrics/studentT.js';

group('Student t quantile', () => {
  it('matches published values of t(0.975, df)', () => {
    // R qt(0.975, df) / SciPy t.ppf(0.975, df)
    const cases: [number, number][] = [
      [1, 12.706204736174706],
      [2, 4.302652729749464],
      [3, 3.182446305284263],
      [5, 2.570581835636314],
      [10, 2.228138851986274],
      [30, 2.042272456301238],
      [100, 1.983971518523552],
      [1000, 1.9623390808264083],
    ];
    for (const [df, q] of cases) expect(tQuantile(0.975, df)).toBeCloseTo(q, 9);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 9);
    expect(tQuantile(0.95, 1)).toBeCloseTo(6.313751514675041, 9);
    expect(tQuantile(0.1, 4)).toBeCloseTo(-1.533206274058, 9);
  });

  it('agrees with the closed forms for 1 and 2 degrees of freedom', () => {
    for (const p of [0.51, 0.6, 0.75, 0.9, 0.99, 0.999, 0.3, 0.01]) {
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
  });

  it('inverts the CDF and rejects bad arguments', () => {
    expect(studentTCdf(tQuantile(0.975, 7.5), 7.5)).toBeCloseTo(0.975, 12);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(() => tQuantile(1, 3)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
  });
});

group('describe', () => {
  it('computes hand-checked statistics (type 7 quantiles, t interval)', () => {
    const d = describe([4, null, 1, 3, 2, 5]);
    expect(d.n).toBe(5);
    expect(d.missing).toBe(1);
    expect(d.mean).toBe(3);
    expect(d.median).toBe(3);
    // h = 4 * 0.1 = 0.4: 1 + 0.4 * (2 - 1)
    expect(d.p10).toBeCloseTo(1.4, 12);
    expect(d.p90).toBeCloseTo(4.6, 12);
    // sd = sqrt(10 / 4); half-width = t(0.975, 4) * sd / sqrt(5) = 2.776445105 * 0.707106781
    expect(d.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(d.ciLow).toBeCloseTo(3 - 1.963243161, 8);
    expect(d.ciHigh).toBeCloseTo(3 + 1.963243161, 8);
  });

  it('leaves the interval undefined for one value and everything for none', () => {
    const one = describe([7]);
    expect([one.mean, one.median, one.p10, one.sd, one.ciLow]).toEqual([7, 7, 7, null, null]);
    const none = describe([null, null]);
    expect(none.n).toBe(0);
    expect(none.missing).toBe(2);
    expect(none.mean).toBeNull();
  });

  it('interpolates quantiles between order statistics', () => {
    expect(quantileSorted([10, 20], 0.25)).toBe(12.5);
    expect(quantileSorted([10, 20, 30, 40], 0.5)).toBe(25);
  });
});

group('beat shares', () => {
  it('respects the direction and reports ties and missing pairs', () => {
    const a = [1, 2, 3, null, 5];
    const b = [2, 2, 1, 4, null];
    const lower = beatShare(a, b, 'lower');
    expect(lower).toMatchObject({ pairs: 3, aBetter: 1, bBetter: 1, ties: 1 });
    expect(lower.aShare).toBeCloseTo(1 / 3, 12);
    const higher = beatShare([1, 5], [2, 4], 'higher');
    expect(higher).toMatchObject({ pairs: 2, aBetter: 1, bBetter: 1, ties: 0 });
    expect(beatShare([3], [1], 'higher').aBetter).toBe(1);
    expect(beatShare([null], [1], 'lower').aShare).toBeNull();
  });

  it('counts values equal up to rounding as ties (time-weighted means summed over other intervals)', () => {
    const x = (0.1 + 0.2) * 3;
    expect(beatShare([x, 1.963], [0.9 * 1, 1.963 + 1e-14], 'lower')).toMatchObject({ ties: 2 });
    expect(beatShare([1.963], [1.963001], 'lower')).toMatchObject({ aBetter: 1, ties: 0 });
  });
});
