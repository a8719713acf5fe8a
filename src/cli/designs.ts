import type { Command } from 'commander';
import { listBuiltinDesigns } from '../scenario/index.js';
import { alignColumns } from '../output/alignColumns.js';

/** `opcon designs [--json]`: the built-in designs, one line each (id, alliance, name). */
export function register(program: Command): void {
  program
    .command('designs')
    .description('list the built-in alliance designs')
    .option('--json', 'print a JSON array of {id, name, alliance, summary, file}')
    .action((opts: { json?: boolean }) => {
      const designs = listBuiltinDesigns();
      if (opts.json) {
        process.stdout.write(JSON.stringify(designs, null, 2) + '\n');
        return;
      }
      for (const line of alignColumns(designs.map((d) => [d.id, d.alliance, d.name]))) process.stdout.write(`${line}\n`);
    });
}
