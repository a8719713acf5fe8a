import type { MetricRow } from '../metrics/metricReducer.js';
import type { RunRow } from './runRow.js';
import type { ScenarioModel } from '../model/scenario.js';
import { loadScenario } from '../scenario/index.js';
import { applyParameters, type ParameterPoint } from './applyParameters.js';
import { runSeed } from './runSeed.js';
import { scoreRun } from './scoreRun.js';

/** A batch of runs of one design at one grid point: what a worker is sent. Plain data (structured-clonable). */
export interface RunChunk {
  readonly file: string;
  /** The design as given on the command line or in the sweep file (id or path); null keeps the scenario's. */
  readonly design: string | null;
  /** The design's label in rows and reports (its id; the reference as given when two share an id). */
  readonly label: string;
  readonly point: ParameterPoint;
  readonly pointIndex: number;
  /** Where parameters come from, for error messages. */
  readonly where: string;
  readonly rootSeed: string;
  readonly runs: readonly number[];
  readonly version: string;
}

/** One finished run: a line of `runs.jsonl` (its own module, so browser code can use it). */
export type { RunRow } from './runRow.js';

// Loaded models per (file, design, point): a worker compiles each once and reuses it for every run.
const cache = new Map<string, ScenarioModel>();

/** Runs a chunk and returns its rows in run order. */
export function runChunk(chunk: RunChunk): RunRow[] {
  const key = JSON.stringify([chunk.file, chunk.design, chunk.pointIndex, chunk.point]);
  let model = cache.get(key);
  if (!model) {
    const loaded = loadScenario(chunk.file, chunk.design === null ? {} : { design: chunk.design });
    model = applyParameters(loaded, chunk.point, chunk.where);
    cache.set(key, model);
  }
  const label = chunk.label;
  return chunk.runs.map((run) => {
    const seed = runSeed(chunk.rootSeed, run);
    return { design: label, point: chunk.pointIndex, run, seed, metrics: scoreRun(model!, seed, chunk.version) };
  });
}
