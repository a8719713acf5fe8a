import { availableParallelism } from 'node:os';
import { VERSION } from '../cli/version.js';
import { InputError } from '../model/errors.js';
import { loadScenario } from '../scenario/index.js';
import { runStudy, type StudyResult } from '../sweep/runStudy.js';
import { readSweepSpec } from '../sweep/sweepSpec.js';

/** How a study is carried out; nothing here changes its results. */
export interface StudyRunOptions {
  /** Worker threads (default: every core; 1 runs in this thread). Results do not depend on it. */
  readonly workers?: number;
  /** Writes manifest.json, runs.jsonl, summaries, charts and index.html here (docs/sweeps.md). */
  readonly outDir?: string;
  /** Completes an interrupted study in `outDir` instead of refusing the folder. */
  readonly resume?: boolean;
  /** Aborting stops handing out runs; the promise resolves with `interrupted: true`. */
  readonly signal?: AbortSignal;
  /** Called after each finished batch of runs with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What {@link compare} compares. */
export interface CompareOptions extends StudyRunOptions {
  /** The scenario file (workers load it by path). */
  readonly scenario: string;
  /** Designs to compare: built-in ids or design files. */
  readonly designs: readonly string[];
  /** Runs per design (default 100); run i uses seed ROOT-r<i> under every design. */
  readonly runs?: number;
  /** Root seed (default: the scenario's `seed:`). */
  readonly seed?: string;
}

/**
 * Runs a scenario many times under each design with common random numbers and summarizes every
 * metric per design (n, mean, 95% CI, median, p10, p90) and per pair of designs (paired beat
 * shares), as `opcon compare` does.
 * @example const { summary } = await compare({ scenario: 'escalation.yaml', designs: ['us-rok-cfc-1994', 'us-rok-future-cfc-2018'], runs: 50 });
 */
export async function compare(options: CompareOptions): Promise<StudyResult> {
  if (options.designs.length === 0) throw InputError.at(undefined, 'no design given', 'list at least one design id or file', 'designs');
  const runs = options.runs ?? 100;
  if (!Number.isInteger(runs) || runs < 1) throw InputError.at(undefined, `runs must be a whole number from 1, not ${runs}`, 'e.g. runs: 100', 'runs');
  const rootSeed = options.seed ?? loadScenario(options.scenario).seed;
  return runStudy({ kind: 'compare', scenario: options.scenario, designs: options.designs, points: [{}], runs, rootSeed, where: 'designs', metrics: [] }, studyOptions(options));
}

/**
 * Runs a study (sweep) file: designs x a grid of parameter values x seeded runs, as
 * `opcon sweep` does (docs/sweeps.md).
 */
export async function sweep(file: string, options: StudyRunOptions = {}): Promise<StudyResult> {
  const spec = readSweepSpec(file);
  const rootSeed = spec.seed ?? loadScenario(spec.scenario).seed;
  return runStudy({ kind: 'sweep', scenario: spec.scenario, designs: spec.designs, points: spec.points, runs: spec.runs, rootSeed, where: file, metrics: spec.metrics }, studyOptions(options));
}

function studyOptions(o: StudyRunOptions) {
  return {
    workers: o.workers ?? availableParallelism(),
    outDir: o.outDir,
    resume: o.resume === true,
    version: VERSION,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  };
}
