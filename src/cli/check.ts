import { showControls } from '../model/showControls.js';
import type { Command } from 'commander';
import { simulate } from '../engine/simulate.js';
import { checkExpectations } from '../engine/checkExpectations.js';
import { deriveRunSeed } from '../engine/rng.js';
import { CheckFailure } from '../model/errors.js';
import { VERSION } from './version.js';
import { withRunFlags, parseSeed, parseCount, loadForRun, type RunFlags } from './options.js';
import { CheckTally } from './checkTally.js';

/**
 * `opcon check FILE...`: runs each scenario and its `expect:` checks, over `--runs` seeds
 * derived from the scenario's (or `--seed`) root seed. Every failure names the seed and the
 * command that replays it; exit 1 if any check failed.
 */
export function register(program: Command): void {
  withRunFlags(program.command('check <files...>').description("run each scenario's expect: checks; exit 1 on any failure, listing them"))
    .option('--runs <n>', 'check this many seeded runs per scenario (run 1 uses the seed itself)', '1')
    .action((files: string[], opts: RunFlags & { runs: string }) => {
      const runs = parseCount('--runs', opts.runs, 1, 100_000);
      const rootSeed = parseSeed(opts.seed);
      const failures: string[] = [];
      for (const file of files) {
        const model = loadForRun(file, opts);
        const root = rootSeed ?? model.seed;
        const tally = new CheckTally();
        for (let i = 0; i < runs; i++) {
          const seed = i === 0 ? root : deriveRunSeed(root, i);
          tally.add(seed, checkExpectations(simulate(model, { seed, version: VERSION })));
        }
        const skipped = model.skippedExpectations ?? [];
        const note = skipped.length ? ` (${skipped.length} skipped: they name ids design ${model.design.id} lacks, e.g. ${skipped[0]!.id}: ${skipped[0]!.reason})` : '';
        process.stdout.write(`${showControls(`${tally.passed === tally.checks ? 'ok  ' : 'FAIL'} ${file}: ${tally.passed}/${tally.checks} checks passed over ${runs} run${runs === 1 ? '' : 's'}${note}`)}\n`);
        failures.push(...tally.report(file, runs, replayFlags(opts)));
      }
      if (failures.length > 0) throw new CheckFailure(failures);
    });
}

/** The flags a replay command repeats: the design and parameters the check ran with. */
function replayFlags(opts: RunFlags): string {
  return `${opts.design ? ` --design ${opts.design}` : ''}${(opts.set ?? []).map((x) => ` --set ${x}`).join('')}`;
}
