import type { Scalar } from '../../model/theater.js';
import { distributionSvg } from '../../sweep/charts.js';
import { renderSummaryCsv, renderSummaryTableHtml, type ReportContext } from '../../sweep/renderSummary.js';
import type { RunRow } from '../../sweep/runRow.js';
import { summarize, type StudySummary } from '../../sweep/summarize.js';
import { metricWarnings, type MetricWarning } from '../../sweep/metricWarnings.js';
import type { FileTree, LabReply } from '../labProtocol.js';
import { LabJob } from './workers.js';

/** One design in a comparison: its label, reference (id or lab path) and parameter settings. */
export interface CompareEntry {
  readonly label: string;
  readonly design: string | null;
  readonly parameters: Readonly<Record<string, Scalar>>;
}

export interface CompareRequest {
  readonly workerUrl: string;
  readonly files: FileTree;
  readonly version: string;
  readonly scenario: string;
  readonly entries: readonly CompareEntry[];
  readonly runs: number;
  readonly rootSeed: string;
  /** Workers at once (the machine's cores, at most a few). */
  readonly workers: number;
}

export interface CompareResult {
  readonly summary: StudySummary;
  /** Metrics that tie in every pair or are censored in some run, as `opcon compare` warns of them. */
  readonly warnings: readonly MetricWarning[];
  readonly context: ReportContext;
  readonly rows: readonly RunRow[];
}

/**
 * A comparison in the page, as `opcon compare` makes it: every design runs the same seeds
 * (`ROOT-r<i>`: common random numbers), each run scored in a worker, the rows summarized with
 * the CLI's own statistics. Work is split into chunks over `workers` Web Workers; `progress`
 * hears rows done of total; `cancel` (the returned function) stops every worker at once.
 */
export function startCompare(req: CompareRequest, progress: (done: number, total: number) => void): { result: Promise<CompareResult | 'cancelled'>; cancel: () => void } {
  const total = req.entries.length * req.runs;
  const chunk = Math.max(1, Math.ceil(req.runs / (req.workers * 2)));
  const queue: { entry: CompareEntry; runs: number[] }[] = [];
  for (let from = 0; from < req.runs; from += chunk) {
    for (const entry of req.entries) queue.push({ entry, runs: range(from, Math.min(req.runs, from + chunk)) });
  }
  const rows: RunRow[] = [];
  const live = new Set<LabJob>();
  let cancelled = false;
  let failure: string | undefined;
  const cancel = () => {
    cancelled = true;
    for (const j of live) j.cancel();
  };
  const lane = async (): Promise<void> => {
    for (let next = queue.shift(); next && !cancelled && failure === undefined; next = queue.shift()) {
      const { entry, runs } = next;
      const job = new LabJob(req.workerUrl, { type: 'score', files: req.files, version: req.version, target: { scenario: req.scenario, design: entry.design, parameters: entry.parameters }, rootSeed: req.rootSeed, runs }, (reply: LabReply) => {
        if (reply.type === 'rows') {
          for (const r of reply.rows) rows.push({ design: entry.label, point: 0, run: r.run, seed: r.seed, metrics: r.metrics } as RunRow);
          progress(rows.length, total);
        } else if (reply.type === 'failed') failure = `${entry.label}: ${reply.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''}: ${p.what}; ${p.fix}`).join('\n')}`;
        else if (reply.type === 'crashed') failure = `${entry.label}: ${reply.message}`;
      });
      live.add(job);
      await job.done;
      live.delete(job);
    }
  };
  const result = (async (): Promise<CompareResult | 'cancelled'> => {
    await Promise.all(Array.from({ length: Math.min(req.workers, queue.length) }, lane));
    if (cancelled) return 'cancelled';
    if (failure !== undefined) throw new Error(failure);
    const labels = req.entries.map((e) => e.label);
    const summary = await summarize(
      async function* () {
        yield* rows;
      },
      { designs: labels, points: [{}], runs: req.runs },
    );
    const context: ReportContext = { scenario: req.scenario, designs: labels, given: req.entries.map((e) => e.design), points: [{}], rootSeed: req.rootSeed, version: req.version };
    return { summary, context, rows, warnings: metricWarnings(summary, 1) };
  })();
  return { result, cancel };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The comparison's table (means, 95% CIs, paired wins) as the CLI's page shows it, and a plot per metric. */
export function compareHtml(r: CompareResult): { table: string; plots: string[] } {
  const plots = r.summary.metrics.map((m) => distributionSvg(m.label, m.unit, r.summary.cells.filter((c) => c.metric === m.key)));
  return { table: renderSummaryTableHtml(r.summary, r.context, r.warnings), plots };
}

/** The comparison as files the CLI's users know: summary.csv and summary.json. */
export function compareExports(r: CompareResult): { csv: string; json: string } {
  return { csv: renderSummaryCsv(r.summary, r.context, r.warnings), json: JSON.stringify({ ...r.context, summary: r.summary, metricWarnings: r.warnings }, null, 2) + '\n' };
}
