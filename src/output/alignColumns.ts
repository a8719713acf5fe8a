import stringWidth from 'string-width';

/**
 * Columns a string takes in a monospace terminal: East Asian wide characters (a force named in
 * Hangul or kanji) take two, combining marks none, `→` one (string-width, Unicode's East Asian
 * Width property).
 */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

/** Pads `s` with spaces to `width` columns, on the right (`end`) or the left (`start`). */
export function padColumns(s: string, width: number, side: 'start' | 'end' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return side === 'end' ? s + fill : fill + s;
}

/** The widest cell of each column, in terminal columns. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return widths;
}

/**
 * Pads cells so columns line up in a monospace terminal; the last column is never padded (no
 * trailing spaces). Widths are terminal columns ({@link displayWidth}).
 * @example alignColumns([['a', 'bb'], ['ccc', 'd']]) // ['a    bb', 'ccc  d']
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padColumns(cell, widths[i]! + gap))).join(''));
}
