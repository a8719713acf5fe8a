import type { Command } from 'commander';
import { renderLab } from '../lab/renderLab.js';
import { emit } from './options.js';
import { VERSION } from './version.js';

/** `opcon lab --out lab.html`: the offline what-if lab (docs/lab.md). */
export function register(program: Command): void {
  program
    .command('lab')
    .description('write the offline what-if lab: edit designs, run and compare them in a browser (docs/lab.md)')
    .option('--out <file>', 'write the page here (default: stdout)')
    .action((opts: { out?: string }) => {
      emit(renderLab(VERSION), opts.out);
    });
}
