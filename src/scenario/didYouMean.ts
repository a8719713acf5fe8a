/** Edit distance (Levenshtein), for "did you mean" hints on misspelt keys and ids. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
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
