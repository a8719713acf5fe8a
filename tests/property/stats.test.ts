import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { describe } from '../../src/metrics/describe.js';
import { beatShare } from '../../src/metrics/pairwise.js';
import { studentTCdf, tQuantile } from '../../src/metrics/studentT.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const values = fc.array(value, { minLength: 1, maxLength: 60 });

test.prop([values])('the CI contains the mean; min <= p10 <= median <= p90 <= max', (xs) => {
  const d = describe(xs);
  expect(d.p10!).toBeGreaterThanOrEqual(d.min!);
  expect(d.median!).toBeGreaterThanOrEqual(d.p10!);
  expect(d.p90!).toBeGreaterThanOrEqual(d.median!);
  expect(d.max!).toBeGreaterThanOrEqual(d.p90!);
  if (xs.length > 1) {
    expect(d.ciLow!).toBeLessThanOrEqual(d.mean!);
    expect(d.ciHigh!).toBeGreaterThanOrEqual(d.mean!);
  }
});

test.prop([values, fc.integer()])('is invariant under permutation of the runs (bit for bit)', (xs, salt) => {
  const shuffled = xs.map((x, i) => ({ x, k: Math.imul(i + 1, salt | 1) >>> 0 })).sort((a, b) => a.k - b.k).map((e) => e.x);
  expect(describe(shuffled)).toEqual(describe(xs));
});

test.prop([fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true })])(
  't quantile inverts the CDF',
  (p, df) => {
    expect(studentTCdf(tQuantile(p, df), df)).toBeCloseTo(p, 9);
  },
);

test.prop([fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 5 })), fc.option(fc.integer({ min: 0, max: 5 }))), { maxLength: 40 })])(
  'beat shares of A over B mirror those of B over A and add up to one',
  (pairs) => {
    const a = pairs.map((p) => p[0]);
    const b = pairs.map((p) => p[1]);
    const ab = beatShare(a, b, 'lower');
    const ba = beatShare(b, a, 'lower');
    expect([ab.aBetter, ab.bBetter, ab.ties]).toEqual([ba.bBetter, ba.aBetter, ba.ties]);
    expect(ab.aBetter + ab.bBetter + ab.ties).toBe(ab.pairs);
    const flipped = beatShare(a, b, 'higher');
    expect([flipped.aBetter, flipped.bBetter]).toEqual([ab.bBetter, ab.aBetter]);
  },
);
