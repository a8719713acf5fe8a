import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../io/outputSink.js';
import { crossCheckC2, type C2Check } from '../metrics/c2Approach.js';
import { checkRunBudget } from '../engine/runBudget.js';
import { InputError } from '../model/errors.js';
import type { ScenarioModel } from '../model/scenario.js';
import { renderComparisonHtml } from '../output/renderComparisonHtml.js';
import { designWarnings } from '../metrics/designWarnings.js';
import { loadScenario } from '../scenario/index.js';
import { applyParameters } from './applyParameters.js';
import { distributionSvg } from './charts.js';
import { Progress, type ProgressSink } from './progress.js';
import { readRows, ResultsFile } from './resultsFile.js';
import { renderSummaryCsv, renderSummaryMarkdown, renderSummaryTableHtml, type ReportContext } from './renderSummary.js';
import type { RunChunk, RunRow } from './runChunk.js';
import { runPool } from './runPool.js';
import { metricWarnings as metricWarningsOf, type MetricWarning } from './metricWarnings.js';
import { selectsMetric, type StudyPlan } from './studyPlan.js';
import { StudyFolder } from './studyFolder.js';
import { summarize, type StudyShape, type StudySummary } from './summarize.js';
import { checkRow } from './checkRow.js';

/** How to carry out a study (nothing here changes its results). */
export interface StudyOptions {
  readonly workers: number;
  readonly outDir?: string | undefined;
  readonly resume: boolean;
  readonly version: string;
  readonly signal?: AbortSignal;
  readonly progress?: { sink: ProgressSink; now: () => number };
  /** Called after each finished batch of runs with the runs done (resumed ones included) and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Override of the worker module (tests, benchmarks). */
  readonly workerFile?: string | URL;
}

export interface StudyResult {
  readonly summary: StudySummary;
  readonly context: ReportContext;
  /** Declared vs observed C2 approach, per design label and grid point. */
  readonly c2: readonly { design: string; point: number; checks: C2Check[] }[];
  /**
   * Reasons to doubt the verdict, one line each: designs whose runs would score a command as
   * unlinked ({@link designWarnings}), declared C2 approaches the runs contradict.
   */
  readonly warnings: readonly string[];
  /** Metrics that tie in every pair or are censored in some run (docs/metrics.md "Warnings"). */
  readonly metricWarnings: readonly MetricWarning[];
  /** Runs carried out by this invocation (not counting ones resumed from disk). */
  readonly ran: number;
  readonly interrupted: boolean;
}

/**
 * Runs a study (compare: designs x runs; sweep: designs x grid points x runs): validates every
 * design and point up front, streams rows to `runs.jsonl` as runs finish, and writes the
 * summary, charts and page atomically. With `resume`, runs already on disk are kept and only
 * missing ones run, so the result equals an uninterrupted study.
 */
export async function runStudy(plan: StudyPlan, options: StudyOptions): Promise<StudyResult> {
  // Load every design and point in this thread first: bad input fails here with a proper InputError.
  const models = plan.designs.map((d) => loadScenario(plan.scenario, d === null ? {} : { design: d, designFlag: plan.where }));
  // Rates a point sets are checked against the run budget here too, not in a worker mid-study.
  for (const m of models) for (const p of plan.points) checkRunBudget(applyParameters(m, p, plan.where));
  const given = plan.designs.map((d, i) => d ?? models[i]!.design.id);
  if (new Set(given).size !== given.length) throw InputError.at(undefined, `a design is listed twice (${given.join(', ')})`, 'list each design once', plan.where);
  const labels = designLabels(plan.designs, models.map((m) => m.design.id));
  const context: ReportContext = { scenario: plan.scenario, designs: labels, given: plan.designs, points: plan.points, rootSeed: plan.rootSeed, version: options.version };
  const shape = { designs: labels, points: plan.points, runs: plan.runs };

  const slots = labels.length * plan.points.length * plan.runs;
  const done = new Uint8Array(slots);
  const slot = (row: RunRow) => (labels.indexOf(row.design) * plan.points.length + row.point) * plan.runs + row.run;
  let results: ResultsFile | undefined;
  let folder: StudyFolder | undefined;
  let already = 0;
  const markDone = (row: RunRow) => {
    const s = slot(row);
    if (s >= 0 && s < slots && row.run < plan.runs && !done[s]) {
      done[s] = 1;
      already++;
    }
  };
  if (options.outDir !== undefined) {
    ({ folder, results } = openStudyDir(plan, options, labels, models, markDone));
  }

  try {
    return await carryOut(plan, options, { labels, models, context, shape, slots, done, results, already });
  } finally {
    folder?.release();
  }
}

/** Runs the missing runs, then summarizes and writes the reports (the folder is held). */
async function carryOut(
  plan: StudyPlan,
  options: StudyOptions,
  s: { labels: readonly string[]; models: readonly ScenarioModel[]; context: ReportContext; shape: StudyShape; slots: number; done: Uint8Array; results: ResultsFile | undefined; already: number },
): Promise<StudyResult> {
  const { labels, models, context, shape, slots, done, results, already } = s;
  const memory: RunRow[] = [];
  const progress = options.progress ? new Progress(slots, options.progress.sink, options.progress.now, already) : undefined;
  let ran = 0;
  try {
    await runPool(chunksOf(plan, labels, done, options), { workers: options.workers, ...(options.signal ? { signal: options.signal } : {}), ...(options.workerFile ? { workerFile: options.workerFile } : {}) }, (rows) => {
      if (results) results.append(rows);
      else memory.push(...rows);
      ran += rows.length;
      progress?.tick(rows.length);
      options.onProgress?.(already + ran, slots);
    });
  } finally {
    results?.close();
    progress?.finish();
  }
  const interrupted = options.signal?.aborted === true;
  const source = results ? () => readRows(results!.path) : () => fromArray(memory);
  const full = await summarize(source, shape);
  const summary = filterSummary(full, plan.metrics);
  const c2 = c2Checks(summary, labels, models, plan.points.length);
  const warnings = [...new Set(models.flatMap((m) => designWarnings(m.design)))];
  for (const x of c2) {
    for (const c of x.checks) {
      if (!c.agrees) warnings.push(`design ${x.design}${plan.points.length > 1 ? ` at point ${x.point}` : ''} declares ${c.declared} C2 in phase ${c.phase}, but its runs show ${c.observed} (median over runs); read its C2 verdicts with care`);
    }
  }
  // From the full summary: a selected metric's censoring flag may not be selected itself.
  const metricWarnings = metricWarningsOf(full, plan.points.length).filter((w) => selectsMetric(plan.metrics, w.metric));
  if (options.outDir !== undefined && !interrupted) writeReports(options.outDir, summary, context, c2, metricWarnings);
  return { summary, context, c2, warnings, metricWarnings, ran, interrupted };
}

function* chunksOf(plan: StudyPlan, labels: readonly string[], done: Uint8Array, options: StudyOptions): Generator<RunChunk> {
  const total = labels.length * plan.points.length * plan.runs;
  // Chunks big enough to amortize messaging, small enough to balance lanes and report progress.
  const size = options.workers <= 1 ? 8 : Math.max(1, Math.min(64, Math.ceil(total / (options.workers * 16))));
  for (let from = 0; from < plan.runs; from += size) {
    for (let p = 0; p < plan.points.length; p++) {
      for (let d = 0; d < labels.length; d++) {
        const runs: number[] = [];
        for (let r = from; r < Math.min(plan.runs, from + size); r++) if (!done[(d * plan.points.length + p) * plan.runs + r]) runs.push(r);
        if (runs.length > 0) yield { file: plan.scenario, design: plan.designs[d]!, label: labels[d]!, point: plan.points[p]!, pointIndex: p, where: plan.where, rootSeed: plan.rootSeed, runs, version: options.version };
      }
    }
  }
}

/**
 * Reports label designs by id, so a design given as a file reads like a built-in one; where two
 * given designs share an id (a variant file that kept its parent's), the reference as given
 * tells them apart.
 */
export function designLabels(given: readonly (string | null)[], ids: readonly string[]): string[] {
  return ids.map((id, i) => (ids.indexOf(id) !== ids.lastIndexOf(id) ? given[i] ?? id : id));
}

async function* fromArray(rows: readonly RunRow[]): AsyncGenerator<RunRow> {
  yield* rows;
}

/** The manifest: what the study is; identical bytes for identical studies (no clock, no paths of the machine). */
export function manifestOf(plan: StudyPlan, labels: readonly string[], version: string, models: readonly ScenarioModel[]): Record<string, unknown> {
  return {
    opcon: version,
    kind: plan.kind,
    scenario: plan.scenario,
    scenarioHash: `sha256:${sha256(readFileSync(plan.scenario))}`,
    designs: labels,
    // The resolved models (scenario, every design and its extends: chain, as loaded): editing any
    // of those files between a kill and --resume changes this, and the resume is refused.
    modelHash: `sha256:${sha256(JSON.stringify(models, plainForHash))}`,
    ...(plan.kind === 'sweep' && existsSync(plan.where) ? { studyFileHash: `sha256:${sha256(readFileSync(plan.where))}` } : {}),
    rootSeed: plan.rootSeed,
    runs: plan.runs,
    points: plan.points,
    metrics: plan.metrics,
    seeds: 'run i uses seed ROOT-r<i> for every design and point (common random numbers)',
  };
}

function openStudyDir(plan: StudyPlan, options: StudyOptions, labels: readonly string[], models: readonly ScenarioModel[], seen: (row: RunRow) => void): { folder: StudyFolder; results: ResultsFile } {
  const dir = options.outDir!;
  const manifest = JSON.stringify(manifestOf(plan, labels, options.version, models), null, 2) + '\n';
  const folder = StudyFolder.open(dir, manifest, options.resume);
  try {
    const path = join(dir, 'runs.jsonl');
    const shape = { labels, points: plan.points.length, runs: plan.runs, rootSeed: plan.rootSeed };
    const results = ResultsFile.open(path, folder.state === 'resumed', (raw, line) => seen(checkRow(raw, line, shape, path)));
    return { folder, results };
  } catch (err) {
    folder.release();
    throw err;
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON of a model for hashing: maps and sets as arrays, functions by their source. */
function plainForHash(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  if (typeof value === 'function') return String(value);
  return value;
}

function filterSummary(s: StudySummary, selection: readonly string[]): StudySummary {
  if (selection.length === 0) return s;
  const keep = (k: string) => selectsMetric(selection, k);
  return { ...s, metrics: s.metrics.filter((m) => keep(m.key)), cells: s.cells.filter((c) => keep(c.metric)), pairs: s.pairs.filter((p) => keep(p.metric)) };
}

function c2Checks(s: StudySummary, labels: readonly string[], models: readonly ScenarioModel[], points: number): StudyResult['c2'] {
  const out: { design: string; point: number; checks: C2Check[] }[] = [];
  labels.forEach((design, d) => {
    for (let point = 0; point < points; point++) {
      const observed: Record<string, number | null> = {};
      for (const c of s.cells) if (c.design === design && c.point === point && c.metric.startsWith('c2.phase-')) observed[c.metric] = c.median;
      const checks = crossCheckC2(observed, models[d]!.design.c2);
      if (checks.length > 0) out.push({ design, point, checks });
    }
  });
  return out;
}

function writeReports(dir: string, s: StudySummary, ctx: ReportContext, c2: StudyResult['c2'], warnings: readonly MetricWarning[]): void {
  replaceFile(join(dir, 'summary.json'), JSON.stringify({ ...ctx, summary: s, c2, metricWarnings: warnings }, null, 2) + '\n');
  replaceFile(join(dir, 'summary.csv'), renderSummaryCsv(s, ctx, warnings));
  replaceFile(join(dir, 'summary.md'), renderSummaryMarkdown(s, ctx, warnings));
  const svgs: { name: string; svg: string }[] = [];
  ctx.points.forEach((_, p) => {
    for (const m of s.metrics) {
      const cells = s.cells.filter((c) => c.metric === m.key && c.point === p);
      if (cells.length === 0) continue;
      const name = ctx.points.length > 1 ? `${m.key}.point-${p}` : m.key;
      const svg = distributionSvg(`${m.label}${ctx.points.length > 1 ? `, point ${p}` : ''}`, m.unit, cells);
      replaceFile(join(dir, 'charts', `${name}.svg`), svg);
      svgs.push({ name, svg });
    }
  });
  replaceFile(join(dir, 'index.html'), renderComparisonHtml({ title: `opcon ${ctx.scenario}: ${ctx.designs.join(' vs ')}`, svgs, tableHtml: renderSummaryTableHtml(s, ctx, warnings) }));
}
