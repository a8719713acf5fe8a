import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRecords } from '../../../src/metrics/runScorer.js';
import type { LogRecord } from '../../../src/model/records.js';

const CLI = 'dist/cli/main.js';

describe.skipIf(!existsSync(CLI))('a compare run replays alone', () => {
  it('scores the saved JSONL log of `opcon run --seed` exactly as the compare row', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'opcon-replay-')), 'out');
    const c = spawnSync(process.execPath, [CLI, 'compare', 'scenarios/korea/escalation.yaml', '--designs', 'us-rok-cfc-1994', '--runs', '3', '--seed', '5', '--workers', '1', '--out', out, '--no-progress'], { encoding: 'utf8' });
    expect(c.status, c.stderr).toBe(0);
    expect(c.stdout).toContain('--seed 5-r<i>');
    const row = readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').map((l) => l && JSON.parse(l)).find((r) => r && r.run === 2);
    expect(row.seed).toBe('5-r2');
    const run = spawnSync(process.execPath, [CLI, 'run', 'scenarios/korea/escalation.yaml', '--design', 'us-rok-cfc-1994', '--seed', row.seed, '--format', 'jsonl'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const records = run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as LogRecord);
    expect(scoreRecords(records)).toEqual(row.metrics);
    for (const f of ['manifest.json', 'summary.json', 'summary.csv', 'summary.md', 'index.html', 'charts/decision-latency-h.svg']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<svg');
  });
});

describe.skipIf(!existsSync(CLI))('a sweep run at a grid point replays alone', () => {
  it('prints a replay command with --set that scores exactly as the sweep row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-sweep-replay-'));
    const study = join(dir, 'study.yaml');
    writeFileSync(study, `sweep: replay-check\nscenario: ${relative(dir, join(process.cwd(), 'scenarios/japan/gray-zone-to-armed-attack.yaml'))}\ndesigns: [us-japan-recommended]\nruns: 2\nseed: 3\nparameters:\n  feo-count: [0, 50]\n`);
    const out = join(dir, 'out');
    const c = spawnSync(process.execPath, [CLI, 'sweep', study, '--workers', '1', '--out', out, '--no-progress'], { encoding: 'utf8' });
    expect(c.status, c.stderr).toBe(0);
    const replay = c.stdout.split('\n').find((l) => l.includes('--set feo-count=50'));
    expect(replay, c.stdout).toBeDefined();
    const row = readFileSync(join(out, 'runs.jsonl'), 'utf8').split('\n').map((l) => l && JSON.parse(l)).find((r) => r && r.point === 1 && r.run === 1);
    const args = replay!.slice(replay!.indexOf('opcon run ') + 'opcon run '.length).replace('<i>', '1').split(' ');
    const run = spawnSync(process.execPath, [CLI, 'run', ...args, '--format', 'jsonl'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const records = run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as LogRecord);
    expect(scoreRecords(records)).toEqual(row.metrics);
  });
});
