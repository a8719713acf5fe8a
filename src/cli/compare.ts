import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import { loadScenario } from '../scenario/index.js';
import { parseCount, parseSeed } from './options.js';
import { runStudyFromCli, withStudyFlags, type StudyFlags } from './studyShell.js';

interface CompareOptions extends StudyFlags {
  designs: string;
  runs?: string;
  seed?: string;
}

/** `opcon compare FILE --designs A,B,...`: many seeded runs per design, with spread, CIs and paired beat shares. */
export function register(program: Command): void {
  const cmd = program
    .command('compare <file>')
    .description('many seeded runs per design; metrics with spread, 95% confidence intervals and paired beat shares')
    .requiredOption('--designs <list>', 'comma-separated design ids or files, e.g. us-rok-cfc-1994,us-rok-future-cfc-2018')
    .option('--runs <n>', 'runs per design (run i gets seed ROOT-r<i> under every design)', '100')
    .option('--seed <s>', "root seed (default: the scenario's seed)");
  withStudyFlags(cmd, 'study')
    .action(async (file: string, opts: CompareOptions) => {
      const designs = opts.designs.split(',').map((s) => s.trim()).filter((s) => s !== '');
      if (designs.length === 0) throw new InputError([{ file: '--designs', what: 'no design given', fix: 'e.g. --designs us-rok-cfc-1994,us-rok-future-cfc-2018 (opcon designs lists them)' }]);
      const runs = parseCount('--runs', opts.runs, 100);
      const rootSeed = parseSeed(opts.seed) ?? loadScenario(file).seed;
      await runStudyFromCli({ kind: 'compare', scenario: file, designs, points: [{}], runs, rootSeed, where: '--designs', metrics: [] }, opts);
    });
}
