import type { Command } from 'commander';
import { loadScenario } from '../scenario/index.js';
import { readSweepSpec } from '../sweep/sweepSpec.js';
import { runStudyFromCli, STUDY_FORMATS, type StudyFlags } from './studyShell.js';

/** `opcon sweep FILE.yaml`: designs x a grid of parameters x seeded runs (docs/sweeps.md). */
export function register(program: Command): void {
  program
    .command('sweep <file>')
    .description('run a parameter sweep file: designs x parameter grid x seeded runs (docs/sweeps.md)')
    .option('--workers <n>', 'worker threads (default: all cores; 1 runs in this process)')
    .option('--out <dir>', 'write manifest, runs.jsonl, summaries, SVG charts and index.html here')
    .option('--resume', 'complete an interrupted sweep in --out <dir>')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--format <format>', `report on stdout: ${STUDY_FORMATS.join(', ')}`, 'text')
    .action(async (file: string, opts: StudyFlags) => {
      const spec = readSweepSpec(file);
      const rootSeed = spec.seed ?? loadScenario(spec.scenario).seed;
      await runStudyFromCli({ kind: 'sweep', scenario: spec.scenario, designs: spec.designs, points: spec.points, runs: spec.runs, rootSeed, where: file, metrics: spec.metrics }, opts);
    });
}
