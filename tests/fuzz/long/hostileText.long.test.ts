import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { checkHostileCase, hostileCase } from '../hostileText.js';

/**
 * The long hostile-text fuzz (`npm run fuzz`): a tenth of FUZZ_RUNS (10,000 by default) cases of
 * hostile text in every free-text field; FUZZ_SEED replays a run. Same oracle as the short run.
 */
const total = Math.max(1, Math.round(Number(process.env.FUZZ_RUNS ?? 100_000) / 10));
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const dir = mkdtempSync(join(tmpdir(), 'opcon-hostile-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`hostile text fuzz: ${total} cases`, () => {
  const counts = { ran: 0, refused: 0 };
  let id = 0;
  fc.assert(
    fc.property(hostileCase, (c) => {
      counts[checkHostileCase(c, dir, id++)]++;
    }),
    { numRuns: total, ...(seed === undefined ? {} : { seed }) },
  );
  process.stdout.write(`hostile text fuzz: ${total} cases (${counts.ran} ran, ${counts.refused} refused)\n`);
});
