import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { FuzzRunner } from './harness.js';
import { runawayProperties } from './runawayProperties.js';

/**
 * The short runaway fuzz run by `npm test` (issue 11): random trigger graphs and rates over
 * long spans either run within the budgets or are refused with a well-formed InputError, and
 * never hang (the runner's time limit). The long run is `npm run fuzz` (tests/fuzz/long/).
 */
const runner = new FuzzRunner(15_000);
afterAll(() => runner.close());
const params = (numRuns: number, budgetMs: number): fc.Parameters<unknown> => ({ numRuns, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false });
const { loops, rates, stats } = runawayProperties(runner);

describe('runaway fuzz (short)', () => {
  test('trigger graphs: a loop is refused by the loader, anything else runs or stops within budget', async () => {
    await fc.assert(loops, params(60, 20_000));
  });

  test('rates over spans from a day to nine thousand years', async () => {
    await fc.assert(rates, params(40, 20_000));
  });

  test('both kinds of graph were generated and both outcomes seen', () => {
    expect(stats.loopsRefused).toBeGreaterThan(0);
    expect(stats.acyclicRan).toBeGreaterThan(0);
    expect(stats.ratesRan).toBeGreaterThan(0);
    expect(stats.ratesRefused).toBeGreaterThan(0);
    expect(runner.counts.ran).toBeGreaterThan(0);
    expect(runner.counts.refused).toBeGreaterThan(0);
  });
});
