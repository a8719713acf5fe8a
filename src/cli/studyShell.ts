import { showControls } from '../model/showControls.js';
import { safeLines } from './reportError.js';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { InputError } from '../model/errors.js';
import { renderSummaryCsv, renderSummaryMarkdown, renderSummaryText } from '../sweep/renderSummary.js';
import { runStudy, type StudyResult } from '../sweep/runStudy.js';
import type { StudyPlan } from '../sweep/studyPlan.js';
import { parseChoice, parseCount } from './options.js';
import { VERSION } from './version.js';

/** Flags shared by `compare` and `sweep`. */
export interface StudyFlags {
  workers?: string;
  out?: string;
  format: string;
  resume?: boolean;
  progress?: boolean;
}

export const STUDY_FORMATS = ['text', 'json', 'csv', 'md'] as const;

/**
 * The imperative shell around a study: worker count, Ctrl-C / kill handling, the progress bar on
 * stderr (wall-clock time lives here, in src/cli/), and printing the report. An interrupted
 * study exits 130 with every finished run on disk and says how to resume.
 */
export async function runStudyFromCli(plan: StudyPlan, flags: StudyFlags): Promise<void> {
  const format = parseChoice('--format', flags.format, STUDY_FORMATS);
  const cores = availableParallelism();
  const asked = parseCount('--workers', flags.workers, cores, 256);
  // More threads than cores only add memory and switching: cap, and say so.
  const workers = Math.min(asked, cores);
  if (asked > cores) process.stderr.write(`opcon: --workers ${asked} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}; using ${cores}\n`);
  if (flags.resume && flags.out === undefined) throw new InputError([{ file: '--resume', what: 'there is nothing to resume without --out', fix: 'give the --out directory of the interrupted study' }]);
  const controller = new AbortController();
  // The first signal stops the study, keeping finished runs (rows are written as runs end);
  // a second one quits at once, as a user pressing Ctrl-C twice expects.
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`opcon: ${signal}: stopping; finished runs are kept (again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let result: StudyResult;
  try {
    result = await runStudy(plan, {
      workers,
      outDir: flags.out,
      resume: flags.resume === true,
      version: VERSION,
      signal: controller.signal,
      ...(flags.progress === false ? {} : { progress: { sink: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true }, now: () => Date.now() } }),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  if (result.interrupted) {
    process.stderr.write(safeLines(`opcon: interrupted after ${result.ran} new run(s)${flags.out ? `; finished runs are in ${flags.out}/runs.jsonl. Complete with the same command plus --resume` : ''}\n`));
    process.exitCode = 130;
    return;
  }
  const { summary, context, c2, metricWarnings } = result;
  // On stderr, so every stdout format stays what its readers expect.
  for (const w of result.warnings) process.stderr.write(`opcon: warning: ${w}\n`);
  let text: string;
  switch (format) {
    case 'json':
      text = JSON.stringify({ ...context, summary, c2, metricWarnings }, null, 2) + '\n';
      break;
    case 'csv':
      text = renderSummaryCsv(summary, context, metricWarnings);
      break;
    case 'md':
      text = renderSummaryMarkdown(summary, context, metricWarnings);
      break;
    default: {
      const checks = c2.flatMap((x) => x.checks.map((c) => `  ${showControls(x.design)}${context.points.length > 1 ? ` point ${x.point}` : ''} phase ${c.phase}: declared ${c.declared}, observed ${c.observed}${c.agrees ? '' : '  (differs)'}`));
      text = renderSummaryText(summary, context, metricWarnings) + (checks.length > 0 ? `\nC2 approach, declared (design c2:) vs observed (median over runs):\n${checks.join('\n')}\n` : '');
    }
  }
  process.stdout.write(text);
  if (flags.out) process.stderr.write(safeLines(`opcon: wrote ${flags.out}/index.html, summary.json, summary.csv, summary.md, runs.jsonl, charts/\n`));
}

/** The flags compare and sweep share: workers, output directory, resume, progress, format. */
export function withStudyFlags(cmd: Command, what: string): Command {
  return cmd
    .option('--workers <n>', 'worker threads (default: all cores; 1 runs in this process)')
    .option('--out <dir>', 'write manifest, runs.jsonl, summaries, SVG charts and index.html here')
    .option('--resume', `complete an interrupted ${what} in --out <dir>`)
    .option('--no-progress', 'no progress bar on stderr')
    .option('--format <format>', `report on stdout: ${STUDY_FORMATS.join(', ')}`, 'text');
}
