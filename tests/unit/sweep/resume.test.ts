import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built CLI (dist/, as users and workers do): `npm test` builds first.
const CLI = 'dist/cli/main.js';
const SCENARIO = 'scenarios/korea/escalation.yaml';
const RUNS = 400;
const args = (out: string, workers: number) => ['compare', SCENARIO, '--designs', 'us-rok-cfc-1994,us-rok-future-cfc-2018', '--runs', String(RUNS), '--seed', '11', '--workers', String(workers), '--out', out, '--no-progress', '--format', 'json'];
const lines = (dir: string) => (existsSync(join(dir, 'runs.jsonl')) ? readFileSync(join(dir, 'runs.jsonl'), 'utf8').split('\n').filter((l) => l !== '') : []);

async function startAndKill(out: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, ...args(out, 1)], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Kill as soon as some runs are on disk, well before the 800 are done.
  for (let i = 0; i < 2000 && lines(out).length < 16; i++) await new Promise((r) => setTimeout(r, 5));
  child.kill(signal);
  return exited;
}

describe.skipIf(!existsSync(CLI))('compare --resume after a real kill', () => {
  const reference = mkdtempSync(join(tmpdir(), 'opcon-ref-'));
  const ref = spawnSync(process.execPath, [CLI, ...args(join(reference, 'out'), 2)], { encoding: 'utf8' });

  it.each(['SIGKILL', 'SIGINT'] as const)('completes after %s with no run lost or duplicated and the same summary', async (signal) => {
    expect(ref.status, ref.stderr).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), 'opcon-kill-')), 'out');
    const code = await startAndKill(out, signal);
    const before = lines(out).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(2 * RUNS);
    if (signal === 'SIGINT') expect(code).toBe(130);
    const again = spawnSync(process.execPath, [CLI, ...args(out, 2)], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/--resume/);
    const resumed = spawnSync(process.execPath, [CLI, ...args(out, 2), '--resume'], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    const keys = lines(out).map((l) => {
      const r = JSON.parse(l) as { design: string; run: number };
      return `${r.design}/${r.run}`;
    });
    expect(keys).toHaveLength(2 * RUNS);
    expect(new Set(keys).size).toBe(2 * RUNS);
    expect(resumed.stdout).toBe(ref.stdout);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(reference, 'out', 'summary.json'), 'utf8'));
  });
});
