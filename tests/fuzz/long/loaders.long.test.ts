import fc from 'fast-check';
import { afterAll, test } from 'vitest';
import { FuzzRunner } from '../harness.js';
import { shippedCorpus } from '../corpus.js';
import { randomDocuments, textMutants, treeMutants } from '../properties.js';

/**
 * The long loader fuzz, `npm run fuzz` (not part of `npm test`): 100,000 cases by default
 * (FUZZ_RUNS overrides, FUZZ_SEED replays a run), the same properties as tests/fuzz/loaders.test.ts.
 * Build first: cases run over dist/ in a worker. Prints the number of cases at the end.
 */
const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const runner = new FuzzRunner(30_000);
const corpus = shippedCorpus();
afterAll(() => runner.close());

const share = { documents: 0.2, trees: 0.4, texts: 0.4 };
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(seed === undefined ? {} : { seed }) });

test(`loader fuzz: ${total} cases`, async () => {
  const started = Date.now();
  await fc.assert(randomDocuments(runner, corpus), params(Math.round(total * share.documents)));
  await fc.assert(treeMutants(runner, corpus), params(Math.round(total * share.trees)));
  await fc.assert(textMutants(runner, corpus), params(total - Math.round(total * share.documents) - Math.round(total * share.trees)));
  const { ran, refused } = runner.counts;
  process.stdout.write(`fuzz: ${ran + refused} cases (${ran} loaded and ran, ${refused} refused with an InputError) in ${Math.round((Date.now() - started) / 1000)} s\n`);
});
