import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { simulate } from '../engine/simulate.js';
import type { SimTime } from '../model/time.js';
import { narrate } from '../narrate/narrate.js';
import type { NarrationStep } from '../narrate/narrationStep.js';
import { renderStep } from '../narrate/renderNarration.js';
import { parseTimeArg } from '../scenario/index.js';
import { parseBreakWhen } from '../scenario/parseBreakWhen.js';
import { stepsUntilBreak } from './breakWhen.js';
import { clock } from '../narrate/phrases.js';
import { isLongRun } from '../narrate/narrationContext.js';
import { showControls } from '../model/showControls.js';
import { formatRelative } from '../model/time.js';
import { VERSION } from './version.js';
import { withRunFlags, parseSeed, loadForRun, type RunFlags } from './options.js';

interface ExplainOptions extends RunFlags {
  step?: boolean;
  until?: string;
  breakWhen?: string;
}

/** The steps up to and including instant `until` (all of them without it). */
export function stepsUntil(steps: readonly NarrationStep[], until: SimTime | undefined): NarrationStep[] {
  return until === undefined ? [...steps] : steps.filter((s) => s.t <= until);
}

/**
 * Prints one step at a time, waiting for Enter in between; `q` then Enter stops early, and
 * end of input (Ctrl-D) prints the rest without waiting.
 */
async function printStepping(steps: readonly NarrationStep[]): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  try {
    for (let i = 0; i < steps.length; i++) {
      process.stdout.write(`${renderStep(steps[i]!, i, steps.length)}\n`);
      if (i === steps.length - 1 || closed) continue;
      const answer = await rl.question('\n-- Enter: next step, q: quit -- ').catch(() => 'eof');
      if (answer.trim().toLowerCase() === 'q') break;
      process.stdout.write('\n');
    }
  } finally {
    rl.close();
  }
}

/** `opcon explain FILE`: a narrated walk-through of one run, citing the source of each rule. */
export function register(program: Command): void {
  withRunFlags(program.command('explain <file>').description('a narrated walk-through of one run, citing the source of each rule'))
    .option('--step', 'wait for Enter between steps (when stdin is a terminal; otherwise print them all)')
    .option('--until <time>', 'stop after this time (T+36h, an ISO date, start or end)')
    .option('--break-when <condition>', 'stop at the first instant this holds: a scenario condition ("defcon: {at-least: 3}") or a command fact ("force rok-1-corps OPCON at cfc")')
    .action(async (file: string, opts: ExplainOptions) => {
      const seed = parseSeed(opts.seed);
      const model = loadForRun(file, opts);
      const until = opts.until === undefined ? undefined : parseTimeArg(opts.until, model, '--until');
      const breakpoint = opts.breakWhen === undefined ? undefined : parseBreakWhen(opts.breakWhen, model);
      const result = simulate(model, { ...(seed === undefined ? {} : { seed }), version: VERSION });
      const all = narrate(result);
      let steps = stepsUntil(all, until);
      let note = '';
      if (breakpoint) {
        const stop = stepsUntilBreak(steps, breakpoint, result);
        steps = stop.steps;
        note =
          stop.at === undefined
            ? `Break: ${breakpoint.text} never holds in this run${until === undefined ? '' : ' before --until'}.`
            : `Break: ${breakpoint.text} first holds at ${isLongRun(model.start, model.end) ? clock(stop.at) : `${formatRelative(stop.at, model.start)} (${clock(stop.at)})`}, step ${steps.length} of ${all.length}; the HTML viewer opens there with #step=${steps.length}.`;
      }
      if (opts.step && process.stdin.isTTY) await printStepping(steps);
      else process.stdout.write(steps.map((s, i) => renderStep(s, i, steps.length)).join('\n\n') + '\n');
      // The condition's text quotes the user's values: shown inert, like every step.
      if (note) process.stdout.write(`\n${showControls(note)}\n`);
    });
}
