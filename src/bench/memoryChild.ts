import { runStudy } from '../sweep/runStudy.js';

/**
 * Benchmark (e) child: runs one compare-like study to a results directory and prints its peak
 * resident memory, so each size is measured in a fresh process.
 * Usage: node dist/bench/memoryChild.js SCENARIO RUNS OUTDIR
 */
const [scenario, runs, out] = process.argv.slice(2);
await runStudy(
  { kind: 'compare', scenario: scenario!, designs: [null], points: [{}], runs: Number(runs), rootSeed: '1', where: 'bench', metrics: [] },
  { workers: 2, outDir: out!, resume: false, version: 'bench' },
);
process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
