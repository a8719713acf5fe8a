import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../../src/model/errors.js';
import { checkRow } from '../../../src/sweep/checkRow.js';
import { runStudy } from '../../../src/sweep/runStudy.js';
import type { StudyPlan } from '../../../src/sweep/studyPlan.js';
import { readSweepSpec } from '../../../src/sweep/sweepSpec.js';

const root = mkdtempSync(join(tmpdir(), 'opcon-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SCENARIO = 'scenarios/korea/escalation.yaml';
const plan = (designs: string[] = ['us-rok-cfc-1994', 'us-rok-future-cfc-2018']): StudyPlan => ({ kind: 'compare', scenario: SCENARIO, designs, points: [{}], runs: 3, rootSeed: '5', where: '--designs', metrics: [] });
const study = (out: string, resume = false, p = plan()) => runStudy(p, { workers: 1, outDir: out, resume, version: 'test' });

async function refusal(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('study --out folder', () => {
  test('is locked while written: a second writer is refused, with or without --resume; the lock goes when the study ends', async () => {
    const out = join(root, 'locked');
    await study(out);
    expect(existsSync(join(out, '.opcon.lock'))).toBe(false);
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(out, '.opcon.lock'), `${other.pid}\n`);
      expect(await refusal(() => study(out, true))).toMatch(/^--out: ".*locked" is being written by another study \(process \d+\); /);
      expect(await refusal(() => study(join(root, 'locked')))).toMatch(/is being written by another study/);
    } finally {
      other.kill();
    }
  });

  test('a lock left by a killed study is taken over', async () => {
    const out = join(root, 'stale');
    await study(out);
    writeFileSync(join(out, '.opcon.lock'), '999999999\n');
    const r = await study(out, true);
    expect(r.interrupted).toBe(false);
    expect(existsSync(join(out, '.opcon.lock'))).toBe(false);
  });

  test('a link placed in the folder is not followed', async () => {
    const out = join(root, 'links');
    mkdirSync(out);
    const outside = join(root, 'precious.txt');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(out, 'runs.jsonl'));
    expect(await refusal(() => study(out))).toMatch(/runs\.jsonl" is a symbolic link; a study never writes through links in its folder/);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
  });

  test("another study's index.html or summaries are not overwritten", async () => {
    const out = join(root, 'foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'mine');
    expect(await refusal(() => study(out))).toMatch(/already holds index\.html but no manifest\.json/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('mine');
  });

  test('--out naming a file or nothing is a user error', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    expect(await refusal(() => study(file))).toMatch(/is a file, and a study writes a folder/);
    expect(await refusal(() => study(''))).toMatch(/^--out: the path is empty/);
  });

  test('every row read back on --resume is checked: run index, design, seed, point, metrics', async () => {
    const out = join(root, 'rows');
    await study(out);
    const path = join(out, 'runs.jsonl');
    const good = readFileSync(path, 'utf8');
    const first = JSON.parse(good.split('\n')[0]!) as Record<string, unknown>;
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...first, run: 7 }, /run 7 is not a run index from 0 to 2/],
      [{ ...first, design: 'us-japan-2025' }, /design "us-japan-2025" is not one of the study's/],
      [{ ...first, seed: '6-r0' }, /seed "6-r0" is not the study's seed for run 0 \(5-r0\)/],
      [{ ...first, point: 1 }, /point 1 is not a grid point index/],
      [{ ...first, metrics: { x: 'a' } }, /metric "x" is "a", not a number or null/],
    ];
    for (const [row, message] of bad) {
      writeFileSync(path, `${good}${JSON.stringify(row)}\n`);
      expect(await refusal(() => study(out, true))).toMatch(new RegExp(`runs\\.jsonl:${good.split('\n').length}:1: ${message.source}`));
    }
  });

  test('editing a design file between a kill and --resume is refused', async () => {
    const dir = join(root, 'edit');
    mkdirSync(dir);
    const design = join(dir, 'mine.yaml');
    copyFileSync('src/designs/us-rok-future-cfc-2018.yaml', design);
    const out = join(dir, 'out');
    const p = plan(['us-rok-cfc-1994', design]);
    await study(out, false, p);
    await study(out, true, p);
    writeFileSync(design, readFileSync(design, 'utf8').replace(/^name: .*$/m, 'name: Edited'));
    expect(await refusal(() => study(out, true, p))).toMatch(/holds a different study \(.*design or study files/);
  });
});

describe('checkRow', () => {
  const shape = { labels: ['A'], points: 1, runs: 2, rootSeed: '9' };
  test('passes a good row, refuses non-objects', () => {
    expect(checkRow({ design: 'A', point: 0, run: 1, seed: '9-r1', metrics: { m: 1, n: null } }, 1, shape, 'runs.jsonl').run).toBe(1);
    for (const raw of [null, 3, 'x', [1]]) expect(() => checkRow(raw, 4, shape, 'runs.jsonl')).toThrow(/^runs\.jsonl:4:1: the row is not a JSON object/);
  });
});

describe('sweep files', () => {
  const write = (name: string, text: string) => {
    const dir = join(root, 'sweeps');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const problems = (file: string) => {
    try {
      readSweepSpec(file);
    } catch (err) {
      if (err instanceof InputError) return err.message;
      throw err;
    }
    throw new Error('expected an InputError');
  };

  test('paths are confined like a scenario\'s: no ../../etc/passwd, no absolute path outside the allowed folders', () => {
    expect(problems(write('escape.yaml', 'scenario: ../../../../../../etc/passwd\n'))).toMatch(/escape\.yaml:1:11: scenario path `\.\.\/.*etc\/passwd` leads outside the sweep file's folder, scenarios\/ and src\/designs\//);
    expect(problems(write('absd.yaml', `scenario: ${resolve(SCENARIO)}\ndesigns: [/etc/hosts]\n`))).toMatch(/design path `\/etc\/hosts` leads outside/);
  });

  test('design paths resolve from the sweep file, as the message says', () => {
    const dir = join(root, 'sweeps', 'own');
    mkdirSync(join(dir, 'designs'), { recursive: true });
    copyFileSync('src/designs/us-rok-future-cfc-2018.yaml', join(dir, 'designs', 'mine.yaml'));
    copyFileSync(SCENARIO, join(dir, 'esc.yaml'));
    writeFileSync(join(dir, 'sweep.yaml'), 'scenario: esc.yaml\ndesigns: [designs/mine.yaml, us-rok-cfc-1994]\n');
    const spec = readSweepSpec(join(dir, 'sweep.yaml'));
    expect(spec.scenario).toBe(join(dir, 'esc.yaml'));
    expect(spec.designs).toEqual([join(dir, 'designs', 'mine.yaml'), 'us-rok-cfc-1994']);
    expect(lstatSync(spec.designs[0]!).isFile()).toBe(true);
  });
});
