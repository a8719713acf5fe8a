import type { Command } from 'commander';
import { simulate } from '../engine/simulate.js';
import { renderText, renderJsonl, renderCsv, renderMarkdown, wantsColor } from '../output/index.js';
import { VERSION } from './version.js';
import { withRunFlags, parseSeed, parseChoice, loadForRun, emit, type RunFlags } from './options.js';

const FORMATS = ['text', 'jsonl', 'csv', 'md', 'html'] as const;

interface RunCommandOptions extends RunFlags {
  format: string;
  out?: string;
}

/** `opcon run FILE`: simulate one run and print or write its timeline. */
export function register(program: Command): void {
  withRunFlags(program.command('run <file>').description('simulate one run; text prints a timeline of who commands which forces'))
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .action(async (file: string, opts: RunCommandOptions) => {
      const format = parseChoice('--format', opts.format, FORMATS);
      const seed = parseSeed(opts.seed);
      const model = loadForRun(file, opts);
      const result = simulate(model, { ...(seed === undefined ? {} : { seed }), version: VERSION });
      let text: string;
      switch (format) {
        case 'text':
          text = renderText(result, { color: opts.out === undefined && wantsColor(process.env, process.stdout.isTTY === true) });
          break;
        case 'jsonl':
          text = renderJsonl(result);
          break;
        case 'csv':
          text = renderCsv(result);
          break;
        case 'md':
          text = renderMarkdown(result);
          break;
        case 'html': {
          // The viewer is large: load it only when asked for.
          const { renderHtml } = (await import('../output/index.js')) as unknown as { renderHtml: (r: typeof result) => string };
          text = renderHtml(result);
          break;
        }
      }
      emit(text, opts.out);
    });
}
