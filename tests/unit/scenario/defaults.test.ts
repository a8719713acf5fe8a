import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DAY, HOUR, parseIso } from '../../../src/model/time.js';
import { loadScenario, parseTimeArg } from '../../../src/scenario/index.js';
import { FIX, problemsOf } from './helpers.js';

const START = parseIso('2026-03-01')!;

function scenarioWith(timeline: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcon-defaults-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, `scenario: s\ntitle: t\ndesign: us-rok-cfc-1994\nstart: 2026-03-01\n${extra}forces: [{id: f, name: F, nation: ROK, component: land, home: rok-jcs}]\n${timeline}`);
  return file;
}

describe('defaults are filled once, in the loader', () => {
  test('forces, initial levels, seed, description, event ids and labels, expectation ids', () => {
    const m = loadScenario(`${FIX}/scenario-ok.yaml`);
    expect(m.seed).toBe('1');
    expect(m.description).toBe('');
    expect(m.initial).toEqual({ posture: 'peacetime', defcon: 5, watchcon: 5, phase: 0, situation: 'none', facts: {} });
    expect(m.forces[0]).toEqual({ id: 'rok-1-corps', name: 'ROK I Corps', nation: 'ROK', component: 'land', designated: true, home: 'rok-jcs', national: 'rok-jcs', adcon: 'rok-jcs', tags: [] });
    expect(m.forces[1]).toMatchObject({ designated: false, adcon: 'cfc' });
    expect(m.timeline.map((e) => e.id)).toEqual(['event-1', 'clash', 'event-3', 'event-4']);
    expect(m.timeline[0]).toMatchObject({ label: 'DEFCON III is proposed', chance: 1, trigger: { kind: 'at', time: START + DAY }, action: { kind: 'set-level', level: 'defcon', value: 3 } });
    expect(m.timeline[2]).toMatchObject({ chance: 0.5, trigger: { kind: 'after', event: 'clash', delay: { kind: 'fixed', value: 2 * HOUR } }, jitter: { kind: 'fixed', value: 0 } });
    expect(m.timeline[0]!.position).toEqual({ file: `${FIX}/scenario-ok.yaml`, line: 9, column: 5 });
    expect(m.expectations.map((x) => [x.id, x.description])).toEqual([
      ['expect-1', 'rok-1-corps under cfc OPCON at T+2d'],
      ['expect-2', 'posture is not hostilities during [start, end]'],
    ]);
    expect(m.expectations[0]).toMatchObject({ from: START + 2 * DAY, to: START + 2 * DAY });
    expect(m.expectations[1]).toMatchObject({ from: START, to: 'end' });
  });

  test('events without a label get a sentence saying who does what', () => {
    const file = scenarioWith(
      'timeline:\n  - {at: T+1h, situation: armed-attack}\n  - {at: T+2h, posture: crisis}\n  - {at: T+3h, phase: 2}\n  - {at: T+4h, stance: {authority: us-president, subject: "gate:*", approve: 0.1}}\n',
    );
    const labels = loadScenario(file).timeline.map((e) => e.label);
    expect(labels).toEqual([
      'Japan certifies an armed-attack situation',
      'The theater moves to crisis',
      'Operations move to Phase 2 (seize the initiative)',
      expect.stringMatching(/^U\.S\. .* is inclined to refuse gate /),
    ]);
    for (const l of labels) expect(l).not.toMatch(/->|→/);
  });

  test('end defaults to one day after the last timed event', () => {
    const m = loadScenario(`${FIX}/scenario-ok.yaml`);
    expect(m.end).toBe(parseIso('2026-03-03T06:00Z')! + DAY);
  });

  test('end defaults to start + 30 days when no event has a fixed time', () => {
    expect(loadScenario(scenarioWith('')).end).toBe(START + 30 * DAY);
    expect(loadScenario(scenarioWith('timeline: [{when: {defcon: 3}, note: true}]\n')).end).toBe(START + 30 * DAY);
  });

  test('an explicit end wins; events after it are errors', () => {
    expect(loadScenario(scenarioWith('', 'end: T+3d\n')).end).toBe(START + 3 * DAY);
    const [line] = problemsOf(() => loadScenario(scenarioWith('timeline: [{at: T+5d, note: true}]\n', 'end: T+3d\n')));
    expect(line).toMatch(/s\.yaml:7:17: event `event-1` at T\+5d is after the scenario's end \(T\+3d\); move end later or the event earlier$/);
  });

  test('the jitter of an at-event is its delay; a when-event keeps its delay in the trigger', () => {
    const m = loadScenario(scenarioWith('timeline:\n  - {at: T+1h, delay: {uniform: [0m, 1h]}, note: true}\n  - {when: always, delay: 30m, note: true}\n'));
    expect(m.timeline[0]).toMatchObject({ trigger: { kind: 'at', time: START + HOUR }, jitter: { kind: 'uniform', min: 0, max: HOUR } });
    expect(m.timeline[1]).toMatchObject({ trigger: { kind: 'when', condition: { kind: 'always' }, delay: { kind: 'fixed', value: 30 * 60_000 } }, jitter: { kind: 'fixed', value: 0 } });
  });

  test('a generated event id may not collide with a written one', () => {
    const [line] = problemsOf(() => loadScenario(scenarioWith('timeline:\n  - {at: T+1h, note: true}\n  - {id: event-1, at: T+2h, note: true}\n')));
    expect(line).toMatch(/s\.yaml:\d+:\d+: duplicate event `event-1`/);
  });

  test('requests: deadline compiled; the silence procedure needs one', () => {
    const m = loadScenario(scenarioWith('timeline:\n  - {at: T+1h, request: {subject: article-5, authorities: [us-president, rok-president], mode: silence, deadline: 24h}}\n'));
    expect(m.timeline[0]!.action).toEqual({ kind: 'request', subject: 'article-5', decision: 'any', authorities: ['us-president', 'rok-president'], mode: 'silence', deadline: { kind: 'fixed', value: 24 * HOUR } });
    const [line] = problemsOf(() => loadScenario(scenarioWith('timeline:\n  - {at: T+1h, request: {subject: x, authorities: [us-president], mode: silence}}\n')));
    expect(line).toMatch(/s\.yaml:7:25: request `x` uses the silence procedure without a `deadline:`; add deadline:/);
  });

  test('a scenario selector that picks no force is an error', () => {
    const [line] = problemsOf(() => loadScenario(scenarioWith('expect:\n  - {at: T+1h, forces: {nations: [JPN]}, opcon: cfc}\n')));
    expect(line).toMatch(/s\.yaml:7:24: this force selector picks no force of the scenario; check its ids, nations, components, tags and homes against `forces:`$/);
  });

  test('design defaults: rule, body, headquarters, step', () => {
    const d = loadScenario(`${FIX}/scenario-ok.yaml`).design;
    expect(d.rules[0]).toMatchObject({ name: 'wartime-opcon', relationship: 'opcon', approvals: [], mode: 'all', retry: true, latency: { kind: 'fixed', value: 0 }, returnLatency: { kind: 'fixed', value: 0 } });
    expect(d.bodies[0]).toMatchObject({ initial: 'dormant', activateWhen: { kind: 'never' }, standDownWhen: { kind: 'never' }, levels: [{ name: 'active', when: { kind: 'always' }, members: ['rok-jcs', 'cfc'], latencyFactor: 1 }] });
    expect(d.headquarters[0]).toMatchObject({ commander: 'ROK', warfighting: true, echelon: '' });
    expect(d.authorities[0]!.procedures[0]!.steps[0]).toEqual({ name: 'decide', by: 'leader', latency: { kind: 'fixed', value: 6 * HOUR }, approve: 1, timing: 'before', assumption: 'test' });
    expect(d.c2).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('parseTimeArg', () => {
  const m = loadScenario(`${FIX}/scenario-ok.yaml`);
  test('relative, ISO, start and end', () => {
    expect(parseTimeArg('T+36h', m)).toBe(START + 36 * HOUR);
    expect(parseTimeArg('2026-03-02T06:00Z', m)).toBe(START + 30 * HOUR);
    expect(parseTimeArg('start', m)).toBe(START);
    expect(parseTimeArg('end', m)).toBe(m.end);
  });
  test('bad text names the argument and the accepted forms', () => {
    expect(problemsOf(() => parseTimeArg('tomorrow', m))).toEqual([
      'TIME: cannot read the time "tomorrow"; write T+36h (relative to the start; units m, h, d, w), an ISO date or date-time such as 2026-03-01T06:00Z, start or end',
    ]);
    expect(problemsOf(() => parseTimeArg('T+3x', m, '--at'))[0]).toMatch(/^--at: cannot read the time "T\+3x"/);
  });
  test('a time outside the run is refused, saying before the start or after the end', () => {
    expect(problemsOf(() => parseTimeArg('T-1d', m))[0]).toMatch(/^TIME: "T-1d" \(.*\) is before the start of the run; the run goes from /);
    expect(problemsOf(() => parseTimeArg('9999-01-01', m, '--until'))[0]).toMatch(/^--until: "9999-01-01" \(.*\) is after the end of the run; /);
  });
  test('impossible dates are refused, not rolled forward', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-03-01T24:00Z', '2026-13-01']) {
      expect(problemsOf(() => parseTimeArg(d, m))[0], d).toMatch(/cannot read the time/);
    }
  });
});
