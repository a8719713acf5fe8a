import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import type { DecisionRecord, LogRecord } from '../../../src/model/records.js';
import { DAY, HOUR, MINUTE, parseIso } from '../../../src/model/time.js';
import { rebindParameters } from '../../../src/scenario/designLoader.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { anyProcedure, authority, design, event, model, START } from '../../helpers/miniModel.js';

/**
 * Meetings (`meetings:`), the report's weekly NSC-run interagency meeting (p. 22): a step it
 * speeds keeps `remaining` of its time once a meeting has been held since the crisis began, and
 * may wait for the next one before that. Nothing speeds a parliament.
 */
const nscThenParliament = {
  ...authority('us', 'US'),
  procedures: [
    anyProcedure([
      { name: 'NSC', by: 'interagency', latency: { kind: 'fixed', value: 20 * HOUR }, approve: 1, timing: 'before' },
      { name: 'Congress', by: 'parliament', latency: { kind: 'fixed', value: 10 * HOUR }, approve: 1, timing: 'before' },
    ]),
  ],
};

function approvedAt(records: readonly LogRecord[]): number {
  const d = records.find((r): r is DecisionRecord => r.type === 'decision' && r.authority === 'us' && r.outcome === 'approved');
  return parseIso(d!.t)! - START;
}

function run(meetingEvery: number | undefined, proposeAt: number) {
  const d = design({
    authorities: [nscThenParliament, authority('rok', 'ROK', 1, 0)],
    meetings: meetingEvery === undefined ? [] : [{ id: 'weekly', name: 'weekly', interval: meetingEvery, speeds: [{ authority: 'us', by: 'interagency' }], remaining: 0.25, assumption: 'test' }],
  });
  const timeline = [
    event('attack', 0, { kind: 'hostile-act', by: 'DPRK', against: ['ROK'], description: 'x', engaged: undefined }),
    event('propose', proposeAt, { kind: 'set-level', level: 'defcon', value: 3 }),
  ];
  return approvedAt(simulate(model({ design: d, timeline })).records) - proposeAt;
}

describe('meetings', () => {
  it('without meetings the steps take their own time', () => {
    expect(run(undefined, 0)).toBe(30 * HOUR);
  });

  it('a step started after a meeting held since the crisis began keeps `remaining` of its time; the parliament keeps its own', () => {
    // Meetings at T+1d, 2d, ...; proposed at T+1d1h, after the first one.
    expect(run(DAY, DAY + HOUR)).toBe(5 * HOUR + 10 * HOUR);
  });

  it('before any meeting a step waits for the next one only when that is quicker', () => {
    // Next meeting 2h away: 2h + 5h beats 20h.
    expect(run(2 * HOUR, 0)).toBe(2 * HOUR + 5 * HOUR + 10 * HOUR);
    // Next meeting a week away: the step goes without it.
    expect(run(7 * DAY, 0)).toBe(30 * HOUR);
  });
});

describe('nsc-meeting-interval acts in us-japan-recommended', () => {
  it('a shorter interval certifies the armed attack sooner on the same seeds', () => {
    const base = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-recommended' });
    const certified = (interval: string, seed: string) => {
      const m = { ...base, design: rebindParameters(base.design, { 'nsc-meeting-interval': interval }, 'test') };
      const r = simulate(m, { seed });
      const request = r.records.find((x) => x.type === 'request' && x.subject === 'situation:armed-attack')!;
      const decision = r.records.find((x): x is DecisionRecord => x.type === 'decision' && x.request === (request as { request: string }).request)!;
      return parseIso(decision.t)! - parseIso(request.t)!;
    };
    let faster = 0;
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      const daily = certified('1d', seed);
      const never = certified('182d', seed);
      expect(daily).toBeLessThanOrEqual(never);
      if (daily < never - 30 * MINUTE) faster++;
    }
    expect(faster).toBeGreaterThan(4);
  });
});
