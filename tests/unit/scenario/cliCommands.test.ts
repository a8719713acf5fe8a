import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { register as registerDesigns } from '../../../src/cli/designs.js';
import { register as registerValidate } from '../../../src/cli/validate.js';
import { FIX } from './helpers.js';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(register: (p: Command) => void, args: string[]): Promise<void> {
  const program = new Command('opcon').exitOverride();
  register(program);
  await program.parseAsync(args, { from: 'user' });
}

describe('opcon validate', () => {
  test('ok per good file on stdout, every problem on stderr, exit code 2', async () => {
    await run(registerValidate, ['validate', `${FIX}/scenario-ok.yaml`, `${FIX}/escape.yaml`, `${FIX}/base-design.yaml`]);
    expect(out.join('')).toBe(`ok ${FIX}/scenario-ok.yaml\nok ${FIX}/base-design.yaml\n`);
    expect(err.join('')).toMatch(new RegExp(`^${FIX}/escape\\.yaml:3:9: design path .* leads outside`));
    expect(process.exitCode).toBe(2);
  });

  test('all good: exit code stays unset (0)', async () => {
    await run(registerValidate, ['validate', `${FIX}/variant-design.yaml`]);
    expect(out.join('')).toBe(`ok ${FIX}/variant-design.yaml\n`);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('opcon designs', () => {
  test('one line per built-in: id, alliance, name', async () => {
    await run(registerDesigns, ['designs']);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    const cfc = lines.find((l) => l.startsWith('us-rok-cfc-1994 '));
    expect(cfc).toMatch(/^us-rok-cfc-1994\s+us-rok\s+U\.S\.-ROK Combined Forces Command/);
  });

  test('--json prints one JSON array', async () => {
    await run(registerDesigns, ['designs', '--json']);
    const list = JSON.parse(out.join('')) as { id: string; file: string }[];
    expect(list.find((d) => d.id === 'us-rok-cfc-1994')).toMatchObject({ alliance: 'us-rok', file: 'src/designs/us-rok-cfc-1994.yaml' });
  });
});
