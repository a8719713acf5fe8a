/** The types a strict reader checks a CSV cell against (empty cells are "no value"). */
export type CellType = 'integer' | 'number' | 'datetime' | 'boolean' | 'string';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const CHECKS: Record<CellType, (s: string) => boolean> = {
  integer: (s) => /^-?\d+$/.test(s),
  number: (s) => /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(s),
  datetime: (s) => RFC3339.test(s) && Number.isFinite(Date.parse(s)),
  boolean: (s) => s === 'true' || s === 'false',
  string: () => true,
};

/**
 * Reads CSV the strict way a typed loader does (RFC 4180: quoted cells, doubled quotes, line
 * breaks inside quotes; every row as wide as the header) and checks every non-empty cell
 * against its column's declared type. Throws on the first violation, naming row and column.
 */
export function readStrictCsv(text: string, types: (column: string) => CellType): Record<string, string>[] {
  const rows = parseRows(text);
  const header = rows.shift();
  if (!header) throw new Error('no header');
  if (new Set(header).size !== header.length) throw new Error(`duplicate column in header ${header.join(',')}`);
  return rows.map((row, i) => {
    if (row.length !== header.length) throw new Error(`row ${i + 2} has ${row.length} cells, the header ${header.length}`);
    const out: Record<string, string> = {};
    header.forEach((col, j) => {
      const cell = row[j]!;
      const type = types(col);
      if (cell !== '' && !CHECKS[type](cell)) throw new Error(`row ${i + 2}, column ${col}: ${JSON.stringify(cell)} is not ${type}`);
      out[col] = cell;
    });
    return out;
  });
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '' || wasQuoted) throw new Error(`a quote inside an unquoted cell at offset ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      wasQuoted = false;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      wasQuoted = false;
      if (c === '\r') i++;
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at offset ${i}`);
      cell += c;
    }
    i++;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('the last line has no line break');
  return rows;
}
