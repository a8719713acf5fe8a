import fc from 'fast-check';
import { afterAll, test } from 'vitest';
import { FuzzRunner } from '../harness.js';
import { runawayProperties } from '../runawayProperties.js';

/**
 * The long runaway fuzz, part of `npm run fuzz` (issue 11): trigger graphs and runaway rates,
 * RUNAWAY_FUZZ_RUNS cases (default 5,000; FUZZ_SEED replays a run). Build first.
 */
const total = Number(process.env.RUNAWAY_FUZZ_RUNS ?? 5_000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const runner = new FuzzRunner(30_000);
afterAll(() => runner.close());
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(seed === undefined ? {} : { seed }) });

test(`runaway fuzz: ${total} cases`, async () => {
  const started = Date.now();
  const { loops, rates, stats } = runawayProperties(runner);
  await fc.assert(loops, params(Math.round(total * 0.7)));
  await fc.assert(rates, params(total - Math.round(total * 0.7)));
  process.stdout.write(`runaway fuzz: ${runner.counts.ran + runner.counts.refused} cases (${stats.loopsRefused} loops refused, ${stats.acyclicRan} graphs ran, ${stats.ratesRan} rate cases ran, ${stats.ratesRefused} refused) in ${Math.round((Date.now() - started) / 1000)} s\n`);
});
