import type { Command } from 'commander';
import { simulate } from '../engine/simulate.js';
import { openOutput } from '../io/outputSink.js';
import { csvHeader, csvLine, jsonlLine, renderMarkdownLines, renderTextLines, wantsColor } from '../output/index.js';
import { VERSION } from './version.js';
import { withRunFlags, parseSeed, parseChoice, loadForRun, toStdout, type RunFlags } from './options.js';

const FORMATS = ['text', 'jsonl', 'csv', 'md', 'html'] as const;

interface RunCommandOptions extends RunFlags {
  format: string;
  out?: string;
}

/** `opcon run FILE`: simulate one run and print or write its timeline. */
export function register(program: Command): void {
  withRunFlags(program.command('run <file>').description('simulate one run; text prints a timeline of who commands which forces'))
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write to this file (replaced atomically; a device or FIFO is written through; - is stdout)')
    .action(async (file: string, opts: RunCommandOptions) => {
      const format = parseChoice('--format', opts.format, FORMATS);
      const seed = parseSeed(opts.seed);
      const model = loadForRun(file, opts);
      const runOptions = { ...(seed === undefined ? {} : { seed }), version: VERSION };
      // Open before running: a bad --out is refused before the run's work, not after it.
      const sink = openOutput(opts.out);
      try {
        if (format === 'jsonl' || format === 'csv') {
          // Records go out as they are made: no string of the whole log is ever built. (They are still
          // kept, because run-end's counts come from them; records per run are budgeted in the engine.)
          const line = format === 'jsonl' ? jsonlLine : csvLine;
          if (format === 'csv') sink.write(csvHeader());
          simulate(model, { ...runOptions, keepHistory: false, onRecord: (r) => sink.write(line(r)) });
        } else {
          const result = simulate(model, runOptions);
          if (format === 'text') for (const l of renderTextLines(result, { color: toStdout(opts.out) && wantsColor(process.env, process.stdout.isTTY === true) })) sink.write(l);
          else if (format === 'md') for (const l of renderMarkdownLines(result)) sink.write(l);
          else {
            // The viewer is large: load it only when asked for.
            const { renderHtml } = (await import('../output/index.js')) as unknown as { renderHtml: (r: typeof result) => string };
            sink.write(renderHtml(result));
          }
        }
        sink.close();
      } catch (err) {
        sink.abort();
        throw err;
      }
    });
}
