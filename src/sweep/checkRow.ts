import { InputError } from '../model/errors.js';
import type { RunRow } from './runChunk.js';
import { runSeed } from './runSeed.js';

/** What a row of a study's `runs.jsonl` must agree with. */
export interface RowShape {
  readonly labels: readonly string[];
  readonly points: number;
  readonly runs: number;
  readonly rootSeed: string;
}

/**
 * Checks one row read back from `runs.jsonl` on `--resume`: its shape, that its design belongs to
 * the study, that its point and run index are in range and that its seed is the one the study's
 * root seed gives that run. A row that fails is refused with its line: a results file that was
 * edited or belongs to another study must not be summarized as this one.
 */
export function checkRow(raw: unknown, line: number, shape: RowShape, file: string): RunRow {
  const fail = (what: string): never => {
    throw InputError.at({ file, line, column: 1 }, what, 'this file was edited or belongs to another study: restore it, delete the line, or run the study into a new --out folder');
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('the row is not a JSON object');
  const row = raw as Record<string, unknown>;
  const { design, point, run, seed, metrics } = row;
  if (typeof design !== 'string' || !shape.labels.includes(design)) fail(`design ${JSON.stringify(design)} is not one of the study's (${shape.labels.join(', ')})`);
  if (!Number.isInteger(point) || (point as number) < 0 || (point as number) >= shape.points) fail(`point ${JSON.stringify(point)} is not a grid point index from 0 to ${shape.points - 1}`);
  if (!Number.isInteger(run) || (run as number) < 0 || (run as number) >= shape.runs) fail(`run ${JSON.stringify(run)} is not a run index from 0 to ${shape.runs - 1}`);
  const expected = runSeed(shape.rootSeed, run as number);
  if (seed !== expected) fail(`seed ${JSON.stringify(seed)} is not the study's seed for run ${String(run)} (${expected})`);
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) return fail('metrics is not a JSON object');
  for (const [k, v] of Object.entries(metrics)) {
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) fail(`metric ${JSON.stringify(k)} is ${JSON.stringify(v)}, not a number or null`);
  }
  return row as unknown as RunRow;
}
