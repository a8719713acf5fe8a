import { simulate } from '../engine/simulate.js';
import type { MetricRow } from '../metrics/metricReducer.js';
import { RunScorer } from '../metrics/runScorer.js';
import type { ScenarioModel } from '../model/scenario.js';

/**
 * Simulates one run and scores it while records stream: neither records nor command history
 * are kept, so a worker's memory does not grow with the size of a run's log.
 */
export function scoreRun(model: ScenarioModel, seed: string, version: string): MetricRow {
  const scorer = new RunScorer();
  simulate(model, { seed, version, keepHistory: false, keepRecords: false, onRecord: (r) => scorer.push(r) });
  return scorer.finish();
}
