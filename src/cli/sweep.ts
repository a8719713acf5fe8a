import type { Command } from 'commander';
import { loadScenario } from '../scenario/index.js';
import { readSweepSpec } from '../sweep/sweepSpec.js';
import { runStudyFromCli, withStudyFlags, type StudyFlags } from './studyShell.js';

/** `opcon sweep FILE.yaml`: designs x a grid of parameters x seeded runs (docs/sweeps.md). */
export function register(program: Command): void {
  withStudyFlags(program.command('sweep <file>').description('run a parameter sweep file: designs x parameter grid x seeded runs (docs/sweeps.md)'), 'sweep')
    .action(async (file: string, opts: StudyFlags) => {
      const spec = readSweepSpec(file);
      const rootSeed = spec.seed ?? loadScenario(spec.scenario).seed;
      await runStudyFromCli({ kind: 'sweep', scenario: spec.scenario, designs: spec.designs, points: spec.points, runs: spec.runs, rootSeed, where: file, metrics: spec.metrics }, opts);
    });
}
