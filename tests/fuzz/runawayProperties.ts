import fc from 'fast-check';
import type { FuzzRunner } from './harness.js';
import { describe as describeCase } from './harness.js';
import { runawayRateCase, triggerGraphCase } from './runawayArbitraries.js';

const LOOP_MESSAGE = /triggers itself|trigger each other/;

/**
 * The runaway fuzz properties (issue 11), shared by the short run in `npm test` and the long
 * `npm run fuzz`. Beyond the runner's oracle (runs cleanly, or a well-formed InputError, within
 * the time limit): a trigger graph with a loop must be refused as a loop, and one without must
 * never be.
 */
export function runawayProperties(runner: FuzzRunner) {
  const stats = { loopsRefused: 0, acyclicRan: 0, ratesRan: 0, ratesRefused: 0 };
  const loops = fc.asyncProperty(triggerGraphCase, fc.nat(1000), async ({ text, loops: hasLoop }, seed) => {
    const outcome = await runner.check({ kind: 'scenario', text, seed: String(seed) });
    const refusedAsLoop = outcome === 'refused' && LOOP_MESSAGE.test(runner.lastRefusal);
    if (hasLoop !== refusedAsLoop) {
      throw new Error(`${hasLoop ? 'a looping trigger graph was not refused as a loop' : 'a graph without a loop was refused as one'} (${outcome}: ${outcome === 'refused' ? runner.lastRefusal : ''})\n${describeCase({ kind: 'scenario', text })}`);
    }
    if (hasLoop) stats.loopsRefused++;
    else if (outcome === 'ran') stats.acyclicRan++;
  });
  const rates = fc.asyncProperty(runawayRateCase, fc.nat(1000), async (text, seed) => {
    const outcome = await runner.check({ kind: 'scenario', text, seed: String(seed) });
    if (outcome === 'ran') stats.ratesRan++;
    else stats.ratesRefused++;
  });
  return { loops, rates, stats };
}
