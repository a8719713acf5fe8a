/** A cell spreadsheets would read as a formula: it starts with `=`, `+`, `-`, `@`, tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, such as `-1.5` or `+3e-2`: left as it is, since it cannot be a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV cell, the only way opcon writes one: RFC 4180 quoting (a cell holding a comma, quote or
 * line break is quoted, inner quotes doubled), and text that a spreadsheet would run as a formula
 * neutralised with a leading `'` (OWASP's CSV injection advice), so a scenario's label such as
 * `=HYPERLINK(...)` stays text. Numbers, negative ones included, are written unchanged.
 * @example csvCell('=1+1') === "'=1+1"; csvCell('-1.5') === '-1.5'; csvCell('a,b') === '"a,b"'
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
