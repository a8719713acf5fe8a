import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';

/**
 * `opcon explain --step` in a real terminal: util-linux `script` gives the CLI a pseudo-terminal,
 * so it waits for Enter between steps and `q` quits. Keys are sent only once the prompt they
 * answer has been printed, so the test does not depend on timing.
 */
const SCRIPT = '/usr/bin/script';

describe.skipIf(!existsSync(SCRIPT))('opcon explain --step in a terminal', () => {
  it('shows one step, waits for Enter, shows the next, and quits on q', async () => {
    const child = spawn(SCRIPT, ['-qec', `${process.execPath} ${CLI} explain scenarios/teaching/korea-veto.yaml --step`, '/dev/null'], { env: { ...process.env, NO_COLOR: '1', TERM: 'dumb' } });
    let out = '';
    const prompts = () => out.split('Enter: next step').length - 1;
    const waitFor = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no prompt #${n}; output so far:\n${out}`)), 30_000);
        const check = () => {
          if (prompts() >= n) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));

    await waitFor(1);
    expect(out).toMatch(/Step 1\/\d+/);
    expect(out).not.toMatch(/Step 2\/\d+/);
    child.stdin.write('\r');
    await waitFor(2);
    expect(out).toMatch(/Step 2\/\d+/);
    expect(out).not.toMatch(/Step 3\/\d+/);
    child.stdin.write('q\r');
    expect(await exited).toBe(0);
    expect(out).not.toMatch(/Step 3\/\d+/);
  }, 60_000);
});
