import type { Command } from 'commander';
import { listBuiltinDesigns } from '../scenario/index.js';

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
      const idWidth = Math.max(0, ...designs.map((d) => d.id.length));
      const allianceWidth = Math.max(0, ...designs.map((d) => d.alliance.length));
      for (const d of designs) process.stdout.write(`${d.id.padEnd(idWidth)}  ${d.alliance.padEnd(allianceWidth)}  ${d.name}\n`);
    });
}
