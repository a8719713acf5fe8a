import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHostileCase, csvFields, hostileCase } from './hostileText.js';

/**
 * Hostile text in every free-text field (short run; `npm run fuzz` runs more): terminal output,
 * Markdown, JSONL, CSV and DOT keep it inert, or the file is refused with clean one-line problems.
 */
const dir = mkdtempSync(join(tmpdir(), 'opcon-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text fuzz (short)', () => {
  test('csvFields reads RFC 4180 lines', () => {
    expect(csvFields('a,"b,""c""",,d')).toEqual(['a', 'b,"c"', '', 'd']);
  });

  test('every output keeps hostile names, labels and descriptions inert', () => {
    const counts = { ran: 0, refused: 0 };
    let id = 0;
    fc.assert(
      fc.property(hostileCase, (c) => {
        counts[checkHostileCase(c, dir, id++)]++;
      }),
      { numRuns: 40, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: false },
    );
    // Most cases must reach the outputs, or the property checks little.
    expect(counts.ran).toBeGreaterThan(counts.refused);
  });
});
