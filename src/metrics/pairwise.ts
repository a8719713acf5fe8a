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
 * Compares paired runs: index i of `a` and of `b` are the same run seed under two designs.
 * Pairs with a missing value on either side are left out.
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
    if (x === y) ties++;
    else if (x < y === (direction === 'lower')) aBetter++;
    else bBetter++;
  }
  const pairs = aBetter + bBetter + ties;
  const share = (k: number) => (pairs > 0 ? k / pairs : null);
  return { pairs, aBetter, bBetter, ties, aShare: share(aBetter), bShare: share(bBetter), tieShare: share(ties) };
}
