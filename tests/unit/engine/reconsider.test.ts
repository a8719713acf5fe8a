import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import type { TransferRule } from '../../../src/model/design.js';
import type { LogRecord } from '../../../src/model/records.js';
import { DAY, HOUR, parseRecordTime } from '../../../src/model/time.js';
import { authority, cmp, design, event, model, rule, START } from '../../helpers/miniModel.js';

/** Times (hours after the start) at which the rule's approval was asked. */
function askedAt(records: readonly LogRecord[]): number[] {
  return records.filter((r) => r.type === 'request').map((r) => Math.round((parseRecordTime(r.t) - START) / HOUR));
}

/**
 * A rule asked of one authority, refused at first (a stance of 0 from the start, 1 from day 3),
 * whose condition (phase 1 or graver) holds from hour 1 to the end.
 */
function run(reconsider: TransferRule['reconsider'], timeline = [event('phase-2', 4 * DAY, { kind: 'set-level', level: 'phase', value: 2 })]) {
  const d = design({
    gates: [],
    authorities: [authority('us', 'US', 1, HOUR)],
    rules: [rule({ id: 'augment', forces: { designated: true }, to: 'cfc', when: cmp('phase', 'gte', 1), approvals: ['us'], reconsider })],
  });
  const m = model({
    design: d,
    timeline: [
      event('refuse', 0, { kind: 'stance', authority: 'us', subject: '*', approve: 0 }),
      event('phase-1', HOUR, { kind: 'set-level', level: 'phase', value: 1 }),
      event('relent', 3 * DAY, { kind: 'stance', authority: 'us', subject: '*', approve: 1 }),
      ...timeline,
    ],
  });
  return simulate(m, { seed: '1' }).records;
}

describe('reconsideration of a refused transfer', () => {
  it('by default asks again when the crisis grows graver, while the condition still holds', () => {
    const records = run({ onEscalation: true });
    expect(askedAt(records)).toEqual([1, 96]);
    expect(records.some((r) => r.type === 'command')).toBe(true);
  });

  it('never asks again with reconsider: never, even as the crisis grows graver', () => {
    const records = run('never');
    expect(askedAt(records)).toEqual([1]);
    expect(records.some((r) => r.type === 'command')).toBe(false);
  });

  it('asks again after the interval, and after each further refusal', () => {
    expect(askedAt(run({ onEscalation: false, after: { kind: 'fixed', value: 30 * HOUR } }, []))).toEqual([1, 32, 63, 94]);
  });

  it('asks again when its own condition becomes true', () => {
    const when = cmp('fact.war', 'eq', 'declared');
    const timeline = [event('declare', 2 * DAY, { kind: 'set-fact', name: 'war', value: 'declared' }), event('later', 4 * DAY, { kind: 'set-level', level: 'phase', value: 2 })];
    expect(askedAt(run({ onEscalation: false, when }, timeline))).toEqual([1, 48]);
  });

  it('does not take a level falling back as an escalation', () => {
    const timeline = [event('calmer', 4 * DAY, { kind: 'set-level', level: 'phase', value: 1 }), event('watch', 5 * DAY, { kind: 'set-level', level: 'defcon', value: 5 })];
    expect(askedAt(run({ onEscalation: true }, timeline))).toEqual([1]);
  });
});
