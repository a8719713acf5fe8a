/** Which way is better for a metric: lower (latencies, gaps) or higher (C2 maturity). */
export type Direction = 'lower' | 'higher';

/** How often design A beat design B over runs paired by index (same seed, common random numbers). */
export interface BeatShare {
  /** Pairs where both runs have a value. */
  readonly pairs: number;
  readonly aBetter: number;
  readonly bBetter: number;
  readonly ties: number;
  /** Shares of `pairs`; null when there are no pairs. */
  readonly aShare: number | null;
  readonly bShare: number | null;
  readonly tieShare: number | null;
}

/**
 * Two values closer than this, relative to their size, are a tie: time-weighted means summed over
 * differently cut intervals differ in the last bits when the runs are really the same.
 */
const TIE_TOLERANCE = 1e-9;

/** Whether two metric values are the same up to floating-point rounding. */
export function sameValue(x: number, y: number): boolean {
  return Math.abs(x - y) <= TIE_TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y));
}

/**
 * Compares paired runs: index i of `a` and of `b` are the same run seed under two designs.
 * Pairs with a missing value on either side are left out; values equal up to rounding tie.
 */
export function beatShare(a: ArrayLike<number | null>, b: ArrayLike<number | null>, direction: Direction): BeatShare {
  let aBetter = 0;
  let bBetter = 0;
  let ties = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || y === null || x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) continue;
    if (sameValue(x, y)) ties++;
    else if (x < y === (direction === 'lower')) aBetter++;
    else bBetter++;
  }
  const pairs = aBetter + bBetter + ties;
  const share = (k: number) => (pairs > 0 ? k / pairs : null);
  return { pairs, aBetter, bBetter, ties, aShare: share(aBetter), bShare: share(bBetter), tieShare: share(ties) };
}
