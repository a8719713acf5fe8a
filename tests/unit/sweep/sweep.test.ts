import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { applyParameters } from '../../../src/sweep/applyParameters.js';
import { Progress } from '../../../src/sweep/progress.js';
import { ResultsFile } from '../../../src/sweep/resultsFile.js';
import type { RunRow } from '../../../src/sweep/runChunk.js';
import { runSeed } from '../../../src/sweep/runSeed.js';
import { summarize } from '../../../src/sweep/summarize.js';
import { grid, readSweepSpec } from '../../../src/sweep/sweepSpec.js';
import { InputError } from '../../../src/model/errors.js';

const row = (design: string, run: number, v: number | null, extra: Record<string, number | null> = {}): RunRow => ({ design, point: 0, run, seed: runSeed('1', run), metrics: { 'decision-latency-h': v, ...extra } });
async function* from(rows: RunRow[]) {
  yield* rows;
}

describe('seeds and grids', () => {
  it('derives run seeds from the root and index only', () => {
    expect(runSeed('42', 17)).toBe('42-r17');
  });
  it('enumerates the grid with the last parameter fastest', () => {
    expect(grid([['a', [1, 2]], ['b', [true, false]]])).toEqual([{ a: 1, b: true }, { a: 1, b: false }, { a: 2, b: true }, { a: 2, b: false }]);
    expect(grid([])).toEqual([{}]);
  });
  it('reads a sweep file, resolving the scenario next to it', () => {
    const spec = readSweepSpec('tests/unit/sweep/fixtures/korea-latency.yaml');
    expect(spec.scenario).toBe('scenarios/korea/escalation.yaml');
    expect(spec.points).toHaveLength(2);
    expect(spec.seed).toBe('7');
  });
  it('keeps an absolute scenario path as written (a study written by a script)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-sweep-'));
    const f = join(dir, 's.yaml');
    const scenario = resolve('scenarios/korea/escalation.yaml');
    writeFileSync(f, `scenario: ${scenario}\n`);
    expect(readSweepSpec(f).scenario).toBe(scenario);
  });
  it('reports sweep-file problems with line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-sweep-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, 'scenario: x.yaml\nrunz: 3\nruns: -1\n');
    expect(() => readSweepSpec(f)).toThrow(/s\.yaml:2:1: unknown key 'runz'/);
    expect(() => readSweepSpec(f)).toThrow(/s\.yaml:3:7: runs:/);
  });
});

describe('applyParameters', () => {
  const model = loadScenario('scenarios/korea/escalation.yaml');
  it('maps names to modifiers, approvals and rules without changing the loaded model', () => {
    const rule = model.design.rules[0]!;
    const m = applyParameters(model, { 'latency-factor': 2, [`rule.${rule.id}.enabled`]: false });
    expect(m.design.modifiers.at(-1)).toMatchObject({ latencyFactor: 2, rules: 'all' });
    expect(m.design.rules.some((r) => r.id === rule.id)).toBe(false);
    expect(model.design.rules[0]).toBe(rule);
    const withApproval = model.design.rules.find((r) => r.approvals.length > 0);
    if (withApproval) expect(applyParameters(model, { [`pre-agreed.${withApproval.id}`]: true }).design.rules.find((r) => r.id === withApproval.id)!.approvals).toEqual([]);
    const trigger = applyParameters(model, { 'defcon-trigger': 2 }).design;
    expect(trigger.parameters.find((p) => p.name === 'defcon-trigger')!.value).toBe(2);
    expect(trigger.rules.find((r) => r.id === 'rok-wartime-opcon')!.when).not.toEqual(model.design.rules.find((r) => r.id === 'rok-wartime-opcon')!.when);
  });
  it('rejects unknown names and bad values as input errors', () => {
    expect(() => applyParameters(model, { 'latency-factr': 2 }, 'sweep.yaml')).toThrow(InputError);
    expect(() => applyParameters(model, { 'latency-factor.no-such-rule': 2 })).toThrow(/no rule 'no-such-rule'/);
    expect(() => applyParameters(model, { 'latency-factor': -1 })).toThrow(/non-negative/);
  });
});

describe('summarize', () => {
  const shape = { designs: ['A', 'B'], points: [{}], runs: 3 };
  const rows = [row('A', 0, 1), row('A', 1, 5), row('A', 2, 3), row('B', 0, 2), row('B', 1, 2), row('B', 2, null, { 'transfer-latency-h.x': 4 })];
  it('gives the same summary for any order of rows', async () => {
    const a = await summarize(() => from(rows), shape);
    const b = await summarize(() => from([...rows].reverse()), shape);
    expect(b).toEqual(a);
    const cell = a.cells.find((c) => c.design === 'A' && c.metric === 'decision-latency-h')!;
    expect([cell.n, cell.mean, cell.median]).toEqual([3, 3, 3]);
    // Paired: run 0 A better (1<2), run 1 B better, run 2 B missing.
    expect(a.pairs.find((p) => p.metric === 'decision-latency-h')).toMatchObject({ pairs: 2, aBetter: 1, bBetter: 1, ties: 0 });
  });
  it('shows a rule metric only for designs whose runs have it', async () => {
    const s = await summarize(() => from(rows), shape);
    expect(s.cells.filter((c) => c.metric === 'transfer-latency-h.x').map((c) => c.design)).toEqual(['B']);
  });
});

describe('results file', () => {
  it('keeps complete lines and drops a torn last line on resume', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-results-'));
    const path = join(dir, 'runs.jsonl');
    const f = ResultsFile.open(path, false, () => {});
    f.append([row('A', 0, 1), row('A', 1, 2)]);
    f.close();
    appendFileSync(path, '{"design":"A","po');
    const seen: number[] = [];
    const g = ResultsFile.open(path, true, (r) => seen.push((r as RunRow).run));
    g.append([row('A', 2, 3)]);
    g.close();
    expect(seen).toEqual([0, 1]);
    expect(readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l).run)).toEqual([0, 1, 2]);
  });
});

describe('progress', () => {
  it('prints plain lines every 10% when not a terminal, with rate and ETA', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress(100, { write: (s) => out.push(s), isTTY: false }, () => t);
    for (let i = 0; i < 100; i++) {
      t += 10;
      p.tick(1);
    }
    // The first run, then each 10% step.
    expect(out).toHaveLength(11);
    expect(out[5]).toBe('[############------------] 50/100 50% 100 runs/s ETA 0:00:01\n');
  });
});
