import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11: `compare` ignored SIGTERM and two SIGINTs. A study now stops on the first signal
 * (worker threads abandoned, finished runs kept for --resume) and quits on the second.
 */
const CLI = 'dist/cli/main.js';
const SCENARIO = 'scenarios/korea/escalation.yaml';
const RUNS = 200;
const args = (out: string, workers: number) => ['compare', SCENARIO, '--designs', 'us-rok-cfc-1994,us-rok-future-cfc-2018', '--runs', String(RUNS), '--seed', '5', '--workers', String(workers), '--out', out, '--no-progress', '--format', 'json'];
const lines = (dir: string) => (existsSync(join(dir, 'runs.jsonl')) ? readFileSync(join(dir, 'runs.jsonl'), 'utf8').split('\n').filter((l) => l !== '') : []);

/** Starts a study, waits until some runs are on disk, sends the signals; resolves with the exit. */
async function interrupt(out: string, workers: number, signals: readonly NodeJS.Signals[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args(out, workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 4000 && lines(out).length < 8; i++) await new Promise((r) => setTimeout(r, 5));
  for (const s of signals) child.kill(s);
  const code = await exited;
  return { code, stderr };
}

describe.skipIf(!existsSync(CLI))('signals end a study and keep its finished runs', () => {
  it('stops on SIGTERM with worker threads, exit 130, and --resume completes it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'opcon-term-')), 'out');
    const { code, stderr } = await interrupt(out, 2, ['SIGTERM']);
    expect(code).toBe(130);
    expect(stderr).toContain('SIGTERM: stopping');
    expect(stderr).toMatch(/interrupted after \d+ new run\(s\).*--resume/);
    const kept = lines(out).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(2 * RUNS);
    const resumed = spawnSync(process.execPath, [CLI, ...args(out, 2), '--resume'], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(new Set(lines(out).map((l) => JSON.stringify([JSON.parse(l).design, JSON.parse(l).run]))).size).toBe(2 * RUNS);
  });

  it('quits at once on a second SIGINT, keeping the rows already written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'opcon-int2-')), 'out');
    const { code } = await interrupt(out, 1, ['SIGINT', 'SIGINT']);
    expect(code).toBe(130);
    expect(lines(out).length).toBeGreaterThan(0);
    // The lock of the process that quit is stale: --resume takes the folder over and completes it.
    const resumed = spawnSync(process.execPath, [CLI, ...args(out, 1), '--resume'], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(lines(out)).toHaveLength(2 * RUNS);
  });
});
