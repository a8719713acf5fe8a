import { InputError } from '../model/errors.js';
import type { ScenarioModel } from '../model/scenario.js';
import { formatIso, parseTimeSpec, type SimTime } from '../model/time.js';

/**
 * Reads a TIME given on the command line (`opcon at FILE TIME`, `--at`): `T+36h`, `T-1d`, an ISO
 * date or date-time, `start` or `end`, against the scenario's start and end. A time before the
 * start or after the end is refused (exit 2), saying which.
 * @param name how the argument is called in messages (`TIME`, `--at`).
 * @example parseTimeArg('T+36h', model) === model.start + 36 * HOUR
 */
export function parseTimeArg(text: string, model: ScenarioModel, name = 'TIME'): SimTime {
  const s = text.trim();
  if (s === 'end') return model.end;
  const t = parseTimeSpec(s, model.start);
  if (t === undefined) {
    throw new InputError([{ file: name, what: `cannot read the time ${JSON.stringify(text)}`, fix: 'write T+36h (relative to the start; units m, h, d, w), an ISO date or date-time such as 2026-03-01T06:00Z, start or end' }]);
  }
  // A time outside the run would show the start or end state as if it were that time's.
  const span = `the run goes from ${formatIso(model.start)} to ${formatIso(model.end)}`;
  if (t < model.start) throw new InputError([{ file: name, what: `${JSON.stringify(text)} (${formatIso(t)}) is before the start of the run`, fix: `${span}; give a time in it, or start` }]);
  if (t > model.end) throw new InputError([{ file: name, what: `${JSON.stringify(text)} (${formatIso(t)}) is after the end of the run`, fix: `${span}; give a time in it, or end` }]);
  return t;
}
