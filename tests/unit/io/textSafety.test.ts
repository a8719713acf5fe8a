import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { showControls } from '../../../src/model/showControls.js';
import { formatProblem } from '../../../src/model/errors.js';
import type { LogRecord } from '../../../src/model/records.js';
import { dotString } from '../../../src/output/diagram/dot.js';
import { csvCell } from '../../../src/output/csvCell.js';
import { jsonlLine } from '../../../src/output/renderJsonl.js';
import { mdCell, mdCode, mdText } from '../../../src/output/renderMarkdown.js';

/** Anything a terminal would act on rather than print. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('showControls', () => {
  test('ESC, OSC, BEL, CR, LF, C1 and bidi overrides are shown escaped', () => {
    expect(showControls('a\u001b[31mred\u001b[0m')).toBe('a\\u001b[31mred\\u001b[0m');
    expect(showControls('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
    expect(showControls('one\ntwo\rthree\tfour')).toBe('one\\ntwo\\rthree\\tfour');
    expect(showControls('\u009b2J \u2028 \u202e')).toBe('\\u009b2J \\u2028 \\u202e');
    expect(showControls('plain text, → ü 漢字')).toBe('plain text, → ü 漢字');
  });

  test('the result never holds a control character and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const shown = showControls(s);
        expect(shown).not.toMatch(CONTROL);
        expect(shown).not.toMatch(/\n/);
        expect(showControls(shown)).toBe(shown);
      }),
    );
  });

  test('problems (file, what, fix) are always one line', () => {
    expect(formatProblem({ file: '--seed', what: "'a\nb\u001b[2J' is not a seed", fix: 'x' })).toBe("--seed: 'a\\nb\\u001b[2J' is not a seed; x");
  });
});

describe('csvCell', () => {
  test('formula starts are neutralised, numbers and plain text are not', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+1+cmd|')).toBe("'+1+cmd|");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    for (const n of ['-1.5', '+3', '-0', '-1e-3', '-.5']) expect(csvCell(n)).toBe(n);
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('ROK I Corps')).toBe('ROK I Corps');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  test('no cell a spreadsheet reads starts with a formula character unless it is a number', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        if (/^[=+\-@\t\r]/.test(text)) expect(text).toMatch(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/);
      }),
    );
  });
});

describe('jsonlLine', () => {
  test('U+2028 and U+2029 are written escaped; the line parses back to the same record', () => {
    const record = { seq: 1, t: 'x', type: 'event', id: 'e', event: 'set', label: 'a\u2028b\u2029c', data: {}, cause: null } as unknown as LogRecord;
    const line = jsonlLine(record);
    expect(line).not.toMatch(/[\u2028\u2029]/);
    expect(line).toContain('a\\u2028b\\u2029c');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).split('\n')).toHaveLength(1);
    expect(JSON.parse(line)).toEqual(record);
  });
});

describe('Markdown escaping', () => {
  test('HTML, links, emphasis and line breaks in a field render literally on one line', () => {
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(mdText('[click](javascript:x) *b* `c`')).toBe('\\[click\\](javascript:x) \\*b\\* \\`c\\`');
    expect(mdText('# not a heading\nline')).toBe('\\# not a heading\\nline');
    expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(mdCode('x`y\nz')).toBe("x'y\\nz");
  });

  test('a cell never holds a raw line break, an unescaped pipe or a raw <', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = mdCell(s);
        expect(cell).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(cell.replace(/<br>/g, '')).not.toMatch(/</);
        expect(cell).not.toMatch(/(^|[^\\])\|/);
      }),
    );
  });
});

describe('DOT labels', () => {
  test('line breaks become \\n, other control characters are shown escaped, quotes cannot close the string', () => {
    expect(dotString('a\nb')).toBe('"a\\nb"');
    expect(dotString('x\u001b[2J"y')).toBe('"x\\\\u001b[2J\\"y"');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = dotString(s);
        expect(out).not.toMatch(CONTROL);
        expect(out.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*"/);
      }),
    );
  });
});
