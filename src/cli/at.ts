import type { Command } from 'commander';
import { simulate } from '../engine/simulate.js';
import { renderCommandTable, commandTableJson } from '../output/index.js';
import { parseTimeArg } from '../scenario/index.js';
import { VERSION } from './version.js';
import { withRunFlags, parseSeed, loadForRun, emit, type RunFlags } from './options.js';

/** `opcon at FILE TIME`: the command table at one instant. */
export function register(program: Command): void {
  withRunFlags(program.command('at <file> <time>').description('the command table at TIME (T+36h, an ISO date, start or end)'))
    .option('--json', 'print one JSON document: {time, forces: [{id, name, nation, opcon, tacon, adcon, chain}]}')
    .action((file: string, time: string, opts: RunFlags & { json?: boolean }) => {
      const seed = parseSeed(opts.seed);
      const model = loadForRun(file, opts);
      const t = parseTimeArg(time, model);
      const result = simulate(model, { ...(seed === undefined ? {} : { seed }), version: VERSION });
      emit(opts.json ? JSON.stringify(commandTableJson(result, t), null, 2) : renderCommandTable(result, t), undefined);
    });
}
