import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
