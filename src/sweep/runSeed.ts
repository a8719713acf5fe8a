/**
 * The seed of run `index` of a study: derived from the root seed and the index only, so every
 * design (and every grid point) sees the same seeds, common random numbers for paired
 * comparisons. It is a plain seed string, so `opcon run FILE --design D --seed SEED` replays it.
 * @example runSeed('42', 17) === '42-r17'
 */
export function runSeed(root: string, index: number): string {
  return `${root}-r${index}`;
}
