/**
 * Pads cells so columns line up in a monospace terminal; the last column is never padded (no
 * trailing spaces). Widths count code points, so `→` counts as one column.
 * @example alignColumns([['a', 'bb'], ['ccc', 'd']]) // ['a    bb', 'ccc  d']
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell) + gap))).join(''));
}

function width(s: string): number {
  return [...s].length;
}
