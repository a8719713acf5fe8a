import { VERSION } from '../cli/version.js';
import type { RunOptions, RunResult } from '../engine/api.js';
import { simulate as simulateEngine } from '../engine/simulate.js';
import type { ScenarioModel } from '../model/scenario.js';

/** Options of {@link simulate}: the engine's, with `version` defaulting to this package's. */
export type SimulateOptions = Omit<RunOptions, 'trace'>;

/**
 * Runs a loaded scenario once. Same model and seed: byte-identical records. `onRecord` sees each
 * record as it is made; with `keepRecords: false` and `keepHistory: false` memory stays flat
 * however long the run.
 * @example simulate(loadScenario('escalation.yaml'), { seed: '7', onRecord: (r) => r.type === 'command' && console.log(r.t, r.force, r.to) })
 */
export function simulate(model: ScenarioModel, options: SimulateOptions = {}): RunResult {
  return simulateEngine(model, { version: VERSION, ...options });
}
