import { describe, expect, it } from 'vitest';
import { alignColumns, displayWidth, padColumns } from '../../../src/output/alignColumns.js';

describe('alignColumns', () => {
  it('lines up the next column after East Asian wide characters', () => {
    const lines = alignColumns([
      ['육군 제1군단', 'rok-jcs', 'OPCON'],
      ['ROK I Corps', 'cfc', 'OPCON'],
      ['陸上自衛隊', 'jsdf', 'TACON'],
    ]);
    const columnOf = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    expect(new Set([columnOf(lines[0]!, 'rok-jcs'), columnOf(lines[1]!, 'cfc'), columnOf(lines[2]!, 'jsdf')]).size).toBe(1);
    expect(columnOf(lines[0]!, 'rok-jcs')).toBe(displayWidth('육군 제1군단') + 2);
  });

  it('counts a Hangul syllable as two columns and an arrow as one, and never pads the last column', () => {
    expect(displayWidth('군단')).toBe(4);
    expect(displayWidth('a → b')).toBe(5);
    expect(padColumns('군', 4)).toBe('군  ');
    expect(padColumns('7', 3, 'start')).toBe('  7');
    expect(alignColumns([['a', 'bb'], ['ccc', 'd']])).toEqual(['a    bb', 'ccc  d']);
  });
});
