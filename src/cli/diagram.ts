import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { RunResult } from '../engine/api.js';
import { simulate } from '../engine/simulate.js';
import type { Design } from '../model/design.js';
import { InputError } from '../model/errors.js';
import { renderCommandDiagram, renderMachinesDiagram, type DiagramFormat } from '../output/index.js';
import { loadDesign, parseTimeArg } from '../scenario/index.js';
import { emit, loadForRun, parseChoice, parseSeed, withRunFlags, type RunFlags } from './options.js';
import { VERSION } from './version.js';

interface DiagramFlags extends RunFlags {
  of: string;
  at?: string;
  format: string;
}

/** A scenario file (it has a top-level `scenario:` key) rather than a design id or design file. */
function isScenarioFile(arg: string): boolean {
  if (!existsSync(arg) || !statSync(arg).isFile()) return false;
  return /^scenario\s*:/m.test(readFileSync(arg, 'utf8'));
}

/**
 * `opcon diagram DESIGN|FILE [--of machines|command] [--at TIME] [--format mermaid|dot]`:
 * statecharts of a design's process machines, or the command tree; given a scenario, the run
 * marks each machine's state (and places the forces) at `--at`.
 */
export function register(program: Command): void {
  withRunFlags(program.command('diagram <design-or-file>').description('statecharts of a design\'s machines, or the command tree, as Mermaid or Graphviz DOT'))
    .option('--of <what>', 'machines (process statecharts) or command (the command tree)', 'machines')
    .option('--at <time>', 'mark states / place forces at TIME (T+36h, an ISO date, start or end); needs a scenario FILE')
    .option('--format <format>', 'mermaid or dot', 'mermaid')
    .action((arg: string, opts: DiagramFlags) => {
      const of = parseChoice('--of', opts.of, ['machines', 'command'] as const);
      const format: DiagramFormat = parseChoice('--format', opts.format, ['mermaid', 'dot'] as const);
      let design: Design;
      let result: RunResult | undefined;
      let at: number | undefined;
      if (isScenarioFile(arg)) {
        const seed = parseSeed(opts.seed);
        const model = loadForRun(arg, opts);
        design = model.design;
        if (opts.at !== undefined) at = parseTimeArg(opts.at, model, '--at');
        // Machines are marked only at an asked instant; the command tree needs the run to place forces.
        if (at !== undefined || of === 'command') result = simulate(model, { ...(seed === undefined ? {} : { seed }), version: VERSION });
      } else {
        if (opts.at !== undefined) {
          throw new InputError([{ file: '--at', what: `'${arg}' is a design, and a design alone has no timeline`, fix: 'give a scenario file that uses the design to mark states at a time, or drop --at' }]);
        }
        design = loadDesign(opts.design ?? arg);
      }
      const options = { format, ...(result ? { result } : {}), ...(at !== undefined ? { at } : {}) };
      emit(of === 'machines' ? renderMachinesDiagram(design, options) : renderCommandDiagram(design, options), undefined);
    });
}
