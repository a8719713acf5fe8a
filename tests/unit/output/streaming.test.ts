import { describe, expect, test } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { renderMarkdown, renderMarkdownLines, renderText, renderTextLines } from '../../../src/output/index.js';
import { loadScenario } from '../../../src/scenario/index.js';

/**
 * Text and Markdown are produced a line at a time, so `opcon run` writes a long run as it goes
 * instead of building one string ("Invalid string length" on big runs); the whole-string forms
 * are the same lines joined.
 */
describe('streamed text outputs', () => {
  const result = simulate(loadScenario('scenarios/korea/escalation.yaml'), { seed: '3' });

  test.each([
    ['text', () => renderTextLines(result), () => renderText(result)],
    ['Markdown', () => renderMarkdownLines(result), () => renderMarkdown(result)],
  ])('%s: one piece per line or block, joined equal to the whole', (_name, lines, whole) => {
    const pieces = [...lines()];
    expect(pieces.length).toBeGreaterThan(result.records.length / 4);
    for (const p of pieces) expect(p.endsWith('\n')).toBe(true);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096);
    expect(pieces.join('')).toBe(whole());
  });
});
