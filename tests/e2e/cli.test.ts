import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { opcon } from '../helpers/cli.js';
import { shippedScenarios } from '../helpers/shipped.js';

const KOREA = 'scenarios/korea/escalation.yaml';

describe('opcon run', () => {
  it('prints who commands which forces over time (the npm start scenario)', () => {
    const r = opcon(['run', KOREA]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/OPCON rok-jcs → cfc/);
    expect(r.stdout).toMatch(/Command at the end/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes byte-identical JSONL for the same seed and different JSONL for another', () => {
    const a = opcon(['run', KOREA, '--seed', '11', '--format', 'jsonl']);
    const b = opcon(['run', KOREA, '--seed', '11', '--format', 'jsonl']);
    const c = opcon(['run', KOREA, '--seed', '12', '--format', 'jsonl']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    const records = a.stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; t: string; type: string });
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i));
    expect(records[0]!.type).toBe('run-start');
    expect(records.at(-1)!.type).toBe('run-end');
    expect(records.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.t))).toBe(true);
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-e2e-'));
    const out = join(dir, 'run.jsonl');
    const r = opcon(['run', KOREA, '--format', 'jsonl', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^\{"seq":0,/);
    expect(readdirSync(dir)).toEqual(['run.jsonl']);
  });
});

describe('opcon at', () => {
  it('prints the command table contract as JSON', () => {
    const r = opcon(['at', KOREA, 'T+20d', '--json', '--seed', '3']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { time: string; forces: { id: string; opcon: string; tacon: string | null; adcon: string; chain: string[]; nation: string; name: string }[] };
    expect(doc.time).toBe('2026-03-21T00:00:00Z');
    const corps = doc.forces.find((f) => f.id === 'rok-1-corps')!;
    expect(corps).toMatchObject({ nation: 'ROK', opcon: 'cfc' });
    expect(corps.chain[0]).toBe('cfc');
    expect(corps.chain).toEqual(expect.arrayContaining(['us-president', 'rok-president']));
    // design.md's seven keys first, unchanged; the doctrine additions follow (docs/doctrine.md).
    for (const f of doc.forces) expect(Object.keys(f)).toEqual(['id', 'name', 'nation', 'opcon', 'tacon', 'adcon', 'chain', 'national', 'opconTerm', 'taconTerm', 'officer']);
    expect(corps).toMatchObject({ national: 'rok-jcs', officer: 'Commander, UNC, CFC and USFK (one U.S. four-star)' });
  });

  it('refuses a malformed time with one line and exit 2', () => {
    const r = opcon(['at', KOREA, 'next tuesday']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('opcon check', () => {
  it('passes the expect: checks of every shipped scenario over several seeds', () => {
    const files = shippedScenarios();
    expect(files.length).toBeGreaterThanOrEqual(2);
    const r = opcon(['check', ...files, '--runs', '5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(files.length);
  });

  it('exits 1 and names the seed and a replay command when a check fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-e2e-'));
    const src = readFileSync('scenarios/korea/nll-clash.yaml', 'utf8');
    const file = join(dir, 'broken.yaml');
    // The NLL clash must not transfer OPCON; expecting CFC is wrong on purpose.
    writeFileSync(file, src.replace(/design: us-rok-cfc-1994/, 'design: us-rok-cfc-1994').replace(/opcon: rok-jcs/, 'opcon: cfc'));
    const r = opcon(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expectation failed \(seed \S+\): /);
    expect(r.stderr).toMatch(/seed \S+: 1 check failed; replay: opcon run /);
  });
});

describe('bad input', () => {
  it('names file:line:column and the fix for a bad scenario, exit 2, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-e2e-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync(KOREA, 'utf8').replace(/component: land/, 'component: lnad'));
    for (const cmd of [['validate', file], ['run', file]]) {
      const r = opcon(cmd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .+; .+`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('validates study files as studies: the shipped one passes, a bad parameter is named', () => {
    const ok = opcon(['validate', 'studies/feo-count.yaml']);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('ok studies/feo-count.yaml\n');
    const dir = mkdtempSync(join(tmpdir(), 'opcon-e2e-'));
    const file = join(dir, 'study.yaml');
    writeFileSync(file, `scenario: ${relative(dir, resolve(KOREA))}\nparameters: {no-such-knob: [1, 2]}\n`);
    const bad = opcon(['validate', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("parameter 'no-such-knob'");
    expect(bad.stderr).not.toMatch(/is missing|unknown key/);
  });

  it('refuses bad flags and unknown commands with exit 2', () => {
    expect(opcon(['run', KOREA, '--format', 'xml']).code).toBe(2);
    expect(opcon(['run', KOREA, '--seed', 'a b']).code).toBe(2);
    expect(opcon(['frobnicate']).code).toBe(2);
    expect(opcon(['run', 'no/such/file.yaml']).code).toBe(2);
  });
});

describe('opcon sweep on the shipped FEO study', () => {
  it('shows divergent guidance falling, with diminishing returns, as exchange officers are added', () => {
    const r = opcon(['sweep', 'studies/feo-count.yaml', '--workers', '1', '--no-progress', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { points: Record<string, number>[]; summary: { cells: { point: number; metric: string; mean: number }[] } };
    const friction = doc.points.map((_, i) => doc.summary.cells.find((c) => c.point === i && c.metric === 'friction-episodes')!.mean);
    expect(doc.points.map((p) => p['feo-count'])).toEqual([0, 4, 10, 50, 500]);
    // Same seeds at every point (common random numbers): more FEOs never add friction here.
    for (let i = 1; i < friction.length; i++) expect(friction[i]!).toBeLessThanOrEqual(friction[i - 1]!);
    // Diminishing returns: the first ten officers do more than the next 450.
    expect(friction[0]! - friction[2]!).toBeGreaterThan(friction[3]! - friction[4]!);
  });
});

describe('warnings about designs whose verdicts would mislead', () => {
  it('validate names a headquarters holding forces outside every coordination body, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-e2e-'));
    const file = join(dir, 'jtf.yaml');
    writeFileSync(
      file,
      'design: jtf-outside-acm\nextends: us-japan-acm-2015\nname: JTF outside the ACM\nsummary: s\nassumption: test\nheadquarters:\n  - {id: combined-jtf, name: U.S. JTF, kind: national, nation: US, commander: US, authorities: [us-president], echelon: joint-task-force, assumption: test}\nrules:\n  - {id: to-jtf, name: to the JTF, relationship: opcon, forces: {nations: [US]}, to: combined-jtf, when: {phase: {at-least: 2}}, approvals: [], latency: 1h, assumption: test}\n',
    );
    const r = opcon(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok ${file}\n`);
    expect(r.stderr).toMatch(/^opcon: warning: .*headquarters `combined-jtf` holds forces \(rule to-jtf\) but no coordination body includes it/);
  });
});

describe('a reader that stops early', () => {
  it('ends opcon quietly with exit 0 (EPIPE is not an error)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" dist/cli/main.js run ${KOREA} --format jsonl | head -c 10 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
