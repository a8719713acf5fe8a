/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), for "did you mean" hints: `titel` is one edit from `title`.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known word closest to `word`, if close enough to be a likely typo (distance at most a
 * third of the word, at least 1; a case-only difference always counts).
 * @example didYouMean('lable', ['label', 'id']) === 'label'
 */
export function didYouMean(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    if (k.toLowerCase() === word.toLowerCase()) return k;
    const d = editDistance(word, k);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** `; did you mean \`x\`?`-style fix text, or the fallback when nothing is close. */
export function suggestion(word: string, known: readonly string[], fallback: string): string {
  const guess = didYouMean(word, known);
  return guess !== undefined ? `did you mean \`${guess}\`?` : fallback;
}
