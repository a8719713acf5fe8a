import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { DAY, HOUR, parseIso } from '../../../src/model/time.js';
import { narrate } from '../../../src/narrate/narrate.js';
import { CommandReplay } from '../../../src/output/commandReplay.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { fitLabels, linearAxisLabels, runClock } from '../../../src/viewer/runClock.js';
import { bodiesAfter, levelsAfter, nextChangeOfForce, nextOfKind, seqAtTime, stepAtTime, tableAfter, viewModel } from '../../../src/viewer/viewModel.js';
import { START, TRANSFER, RETURN, fixtureResult } from '../output/fixture.js';

describe('viewModel', () => {
  const vm = viewModel(fixtureResult());
  it('narrates with the steps of opcon explain', () => {
    expect(vm.steps).toEqual(narrate(fixtureResult()));
  });
  it('answers the command table after any record from deltas', () => {
    expect(tableAfter(vm, 8).opcon).toEqual(['rok-jcs', 'rok-jcs', 'usfk']);
    expect(tableAfter(vm, 9).opcon).toEqual(['cfc', 'rok-jcs', 'usfk']);
    expect(tableAfter(vm, 10).opcon).toEqual(['cfc', 'cfc', 'usfk']);
    expect(tableAfter(vm, 13).opcon).toEqual(['rok-jcs', 'rok-jcs', 'usfk']);
    expect(vm.replay.changes).toHaveLength(4);
  });
  it('turns a scrubbed instant into the last record and step at or before it', () => {
    expect(seqAtTime(vm, TRANSFER - 60_000)).toBe(7);
    expect(seqAtTime(vm, TRANSFER)).toBe(10);
    const step = stepAtTime(vm, TRANSFER);
    expect(vm.steps[step]!.t).toBe(TRANSFER);
    expect(vm.steps[step + 1]?.t ?? Infinity).toBeGreaterThan(TRANSFER);
  });
  it('shows only the theater levels the scenario uses', () => {
    expect(vm.levels).toEqual(['defcon']);
    expect(levelsAfter(vm, 4).get('defcon')).toBe('DEFCON IV');
    expect(levelsAfter(vm, 5).get('defcon')).toBe('DEFCON III');
    expect(bodiesAfter(vm, 7).get('mcm-body')).toEqual({ state: 'active', level: 'working' });
  });
  it('finds the next change of a force and the next step of a kind', () => {
    const first = nextChangeOfForce(vm, -1, 0)!;
    expect(vm.steps[first]!.t).toBe(TRANSFER);
    const second = nextChangeOfForce(vm, first, 0)!;
    expect(vm.steps[second]!.t).toBe(RETURN);
    expect(nextChangeOfForce(vm, second, 0)).toBeUndefined();
    expect(nextChangeOfForce(vm, -1, 2)).toBeUndefined();
    const decision = nextOfKind(vm, -1, 'decision')!;
    expect(vm.steps[decision]!.kind).toBe('decision');
    expect(vm.steps.slice(0, decision).some((s) => s.kind === 'decision')).toBe(false);
  });
  it('keeps step cut-offs non-decreasing (grouped steps can span interleaved records)', () => {
    const big = viewModel(simulate(loadScenario('scenarios/korea/escalation.yaml')));
    for (let i = 1; i < big.stepCutoff.length; i++) expect(big.stepCutoff[i]!).toBeGreaterThanOrEqual(big.stepCutoff[i - 1]!);
    expect(big.levels).not.toContain('situation');
  });
});

describe('CommandReplay', () => {
  test.prop([fc.array(fc.tuple(fc.nat(4), fc.constantFrom('a', 'b', 'c', null), fc.boolean()), { maxLength: 300 })])('agrees with replaying every change from the start', (steps) => {
    const initial = { opcon: ['a', 'a', 'b', 'b', 'c'], tacon: [null, null, null, null, null] as (string | null)[] };
    const changes = steps.map(([force, to, tacon], k) => ({ seq: k, t: START + k * HOUR, force, relationship: tacon ? ('tacon' as const) : ('opcon' as const), to }));
    const replay = new CommandReplay(initial, changes);
    const opcon = initial.opcon.slice();
    const tacon = initial.tacon.slice();
    for (let k = 0; k <= changes.length; k++) {
      expect(replay.tableAfterSeq(k - 1)).toEqual({ opcon, tacon });
      const c = changes[k];
      if (!c) break;
      if (c.relationship === 'opcon') opcon[c.force] = c.to ?? initial.opcon[c.force]!;
      else tacon[c.force] = c.to;
    }
    const segments = replay.segments(START, START + changes.length * HOUR + HOUR);
    segments.forEach((list, i) => {
      expect(list[0]!.from).toBe(START);
      for (let k = 1; k < list.length; k++) {
        expect(list[k]!.from).toBe(list[k - 1]!.to);
        expect(list[k]!.holder).not.toBe(list[k - 1]!.holder);
      }
      expect(list[list.length - 1]!.holder).toBe(opcon[i]);
    });
  });
  it('ignores relationships other than OPCON and TACON (support, ADCON)', () => {
    const result = fixtureResult();
    const records = [...result.records, { ...result.records.find((r) => r.type === 'command')!, seq: 99, relationship: 'support', to: 'usfk' }] as typeof result.records;
    const replay = CommandReplay.fromRecords(records, ['rok-1-corps', 'rok-3-corps', 'us-2id'], { opcon: ['rok-jcs', 'rok-jcs', 'usfk'], tacon: [null, null, null] });
    expect(replay.changes).toHaveLength(4);
  });
});

describe('runClock and axis labels', () => {
  const history = runClock(parseIso('1950-06-25')!, parseIso('2026-01-01')!);
  const crisis = runClock(START, START + 60 * DAY);
  const measure = (s: string) => s.length * 7;
  it('writes a 76-year run in dates and a crisis in offsets', () => {
    expect(history.long).toBe(true);
    expect(history.main(parseIso('1983-10-11T03:52Z')!)).toBe('1983-10-11 03:52 UTC');
    expect(history.short(parseIso('1983-10-11T03:52Z')!)).toBe('1983-10-11');
    expect(crisis.long).toBe(false);
    expect(crisis.main(START + DAY + 6 * HOUR)).toBe('T+1d6h');
    expect(crisis.detail(START)).toBe('2026-03-01 00:00 UTC');
  });
  it('labels a long run by years, a short one by offsets, never overlapping', () => {
    for (const [clock, width] of [[history, 300], [history, 1200], [crisis, 250], [crisis, 1600]] as const) {
      const x = (t: number) => (t - clock.start) / (clock.end - clock.start);
      const labels = linearAxisLabels(clock, width, x, measure);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.left + labels[i - 1]!.width);
      for (const l of labels) {
        expect(l.left).toBeGreaterThanOrEqual(0);
        expect(l.left + l.width).toBeLessThanOrEqual(width);
        expect(l.text).toMatch(clock.long ? /^\d{4}$/ : /^T\+/);
      }
    }
  });
  test.prop([fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { maxLength: 80 }), fc.integer({ min: 40, max: 2000 })])('fitLabels never overlaps and stays inside the width', (xs, width) => {
    const sorted = [...xs].sort((a, b) => a - b).map((x, i) => ({ t: i, x: (x / 500) * width, text: `1983-10-${String(i).padStart(2, '0')}` }));
    const labels = fitLabels(sorted, width, measure);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.left + labels[i - 1]!.width);
    for (const l of labels) expect(l.left).toBeGreaterThanOrEqual(0);
  });
});
