import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { FuzzRunner } from './harness.js';
import { shippedCorpus } from './corpus.js';
import { randomDocuments, textMutants, treeMutants } from './properties.js';

/**
 * The short loader fuzz run by `npm test` (a few hundred cases, well under a minute): every
 * input loads and runs cleanly or is refused with a well-formed InputError. The long run is
 * `npm run fuzz` (tests/fuzz/long/). A failure prints the input as a JSON string: add it to
 * tests/fuzz/regressions.test.ts once fixed.
 */
const runner = new FuzzRunner(10_000);
const corpus = shippedCorpus();
afterAll(() => runner.close());

/** Each property gets a time budget; fast-check stops starting new cases once it is spent. */
const params = (numRuns: number, budgetMs: number): fc.Parameters<unknown> => ({ numRuns, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false });

describe('loader fuzz (short)', () => {
  test('the corpus holds every shipped scenario and built-in design', () => {
    expect(corpus.filter((s) => s.kind === 'scenario').length).toBeGreaterThan(0);
    expect(corpus.filter((s) => s.kind === 'design').length).toBeGreaterThan(0);
  });

  test('the unmutated shipped files all load and run cleanly', async () => {
    for (const seed of corpus) {
      const outcome = await runner.check({ kind: seed.kind, text: seed.text, scenario: seed.scenario });
      expect(outcome, `${seed.path}: ${runner.lastRefusal}`).toBe('ran');
    }
  });

  test('random YAML documents', async () => {
    await fc.assert(randomDocuments(runner, corpus), params(120, 12_000));
  });

  test('shipped files edited as trees', async () => {
    await fc.assert(treeMutants(runner, corpus), params(100, 15_000));
  });

  test('shipped files edited as text', async () => {
    await fc.assert(textMutants(runner, corpus), params(100, 15_000));
  });

  test('a case that does not finish in time is reported as a hang, and the runner recovers', async () => {
    const impatient = new FuzzRunner(1);
    const big = corpus.reduce((a, b) => (b.kind === 'scenario' && b.text.length > a.text.length ? b : a));
    try {
      await expect(impatient.check({ kind: 'scenario', text: big.text })).rejects.toThrow(/did not finish within 1 ms/);
    } finally {
      await impatient.close();
    }
    expect(await runner.check({ kind: 'scenario', text: big.text })).toBe('ran');
  });

  test('cases both ran and were refused (the fuzz reaches the engine)', () => {
    expect(runner.counts.ran).toBeGreaterThan(0);
    expect(runner.counts.refused).toBeGreaterThan(0);
  });
});
