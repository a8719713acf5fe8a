import type { RunResult } from '../engine/api.js';
import type { SimTime } from '../model/time.js';
import { commandTableJson, type CommandTableJson } from '../output/commandTableAt.js';
import { parseTimeArg } from '../scenario/parseTimeArg.js';

/**
 * The command table at an instant: each force's OPCON, TACON and ADCON holders and its chain of
 * command, as `opcon at --json` prints it. `time` is a SimTime (milliseconds since the epoch)
 * or text: `T+36h`, `T-1d`, an ISO date-time, `start` or `end`.
 */
export function commandTableAt(result: RunResult, time: string | SimTime): CommandTableJson {
  const t = typeof time === 'number' ? time : parseTimeArg(time, result.model, 'time');
  return commandTableJson(result, t);
}
