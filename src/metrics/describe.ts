import { tQuantile } from './studentT.js';

/** Summary statistics of one metric over the runs where it is defined. */
export interface Description {
  /** Runs with a value (nulls are left out and counted in `missing`). */
  readonly n: number;
  readonly missing: number;
  readonly mean: number | null;
  /** Sample standard deviation (n - 1 denominator); null when n < 2. */
  readonly sd: number | null;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** 95% confidence interval of the mean, mean -/+ t(0.975, n-1) sd/sqrt(n); null when n < 2. */
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
}

/**
 * The p-quantile of sorted values by linear interpolation between order statistics
 * (Hyndman and Fan type 7, the default of R and NumPy): h = (n-1)p, x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h]).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of no values');
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  return i + 1 < n ? lo + (h - i) * (sorted[i + 1]! - lo) : lo;
}

/**
 * Describes values, ignoring nulls and NaN. Sums run over the sorted values so the result does
 * not depend on the order of the runs (a resumed sweep summarizes to the same bits).
 */
export function describe(values: Iterable<number | null>, level = 0.95): Description {
  const xs: number[] = [];
  let missing = 0;
  for (const v of values) {
    if (v === null || Number.isNaN(v)) missing++;
    else xs.push(v);
  }
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  if (n === 0) return { n, missing, mean: null, sd: null, median: null, p10: null, p90: null, min: null, max: null, ciLow: null, ciHigh: null };
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let ss = 0;
  for (const x of sorted) ss += (x - mean) * (x - mean);
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : null;
  const half = sd === null ? null : tQuantile(0.5 + level / 2, n - 1) * (sd / Math.sqrt(n));
  return {
    n,
    missing,
    mean,
    sd,
    median: quantileSorted(sorted, 0.5),
    p10: quantileSorted(sorted, 0.1),
    p90: quantileSorted(sorted, 0.9),
    min: sorted[0]!,
    max: sorted[n - 1]!,
    ciLow: half === null ? null : mean - half,
    ciHigh: half === null ? null : mean + half,
  };
}
