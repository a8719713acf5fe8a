import { VERSION } from '../cli/version.js';
import type { RunOptions, RunResult } from '../engine/api.js';
import { simulate as simulateEngine } from '../engine/simulate.js';
import type { ScenarioModel } from '../model/scenario.js';
import type { SimTime } from '../model/time.js';
import { commandTableJson, type CommandTableJson } from '../output/commandTableAt.js';
import { parseTimeArg } from '../scenario/index.js';

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

/**
 * The command table at an instant: each force's OPCON, TACON and ADCON holders and its chain of
 * command, as `opcon at --json` prints it. `time` is a SimTime (milliseconds since the epoch)
 * or text: `T+36h`, `T-1d`, an ISO date-time, `start` or `end`.
 */
export function commandTableAt(result: RunResult, time: string | SimTime): CommandTableJson {
  const t = typeof time === 'number' ? time : parseTimeArg(time, result.model, 'time');
  return commandTableJson(result, t);
}
