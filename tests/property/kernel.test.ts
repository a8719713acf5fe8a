import { describe, expect } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { Action, TimelineEvent } from '../../src/model/scenario.js';
import { DAY, MINUTE } from '../../src/model/time.js';
import { model, design, event, rule, cmp, authority } from '../helpers/miniModel.js';
import { invariantViolation, jsonl } from '../helpers/invariants.js';

const forceIds = ['rok-1', 'rok-2', 'us-2id'];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((value) => ({ kind: 'set-level', level: 'defcon', value }) as Action),
  fc.integer({ min: 0, max: 5 }).map((value) => ({ kind: 'set-level', level: 'phase', value }) as Action),
  fc.constantFrom('armistice', 'crisis', 'hostilities', 'post-conflict').map((value) => ({ kind: 'set-level', level: 'posture', value }) as Action),
  fc.record({ authority: fc.constantFrom('us', 'rok'), approve: fc.double({ min: 0, max: 1, noNaN: true }) }).map((s) => ({ kind: 'stance', subject: '*', ...s }) as Action),
  fc.subarray(forceIds, { minLength: 1 }).map((ids) => ({ kind: 'hostile-act', by: 'DPRK', against: ['ROK'], description: 'x', engaged: { ids } }) as Action),
  fc.boolean().map((value) => ({ kind: 'set-fact', name: 'f', value }) as Action),
);

const timeline = fc.array(
  // Mostly certain events: fast-check biases doubles toward 0, which would make every event skip.
  fc.record({ at: fc.integer({ min: 0, max: 10 * 24 * 60 }), action, chance: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }), jitter: fc.integer({ min: 0, max: 600 }) }),
  { minLength: 1, maxLength: 25 },
).map((items) =>
  items.map((x, i): TimelineEvent => event(`e${i}`, x.at * MINUTE, x.action, { chance: x.chance, jitter: { kind: 'uniform', min: 0, max: x.jitter * MINUTE } })),
);

/** A design with stochastic approvals, a gated DEFCON, an OPCON and a TACON rule, a constraint and friction. */
const stochasticDesign = design({
  authorities: [authority('us', 'US', 0.8), authority('rok', 'ROK', 0.8)],
  rules: [
    rule({ id: 'wartime', forces: { designated: true }, to: 'cfc', when: cmp('defcon', 'gte', 3), returnWhen: cmp('defcon', 'lte', 4), latency: { kind: 'triangular', min: 0, mode: 60 * MINUTE, max: 600 * MINUTE } }),
    rule({ id: 'tacon', relationship: 'tacon', forces: { nations: ['ROK'] }, to: 'cfc', when: cmp('phase', 'gte', 2), approvals: ['us', 'rok'], returnWhen: cmp('phase', 'lte', 1) }),
  ],
  constraints: [{ nation: 'ROK', opcon: ['ROK', 'US'], tacon: 'any', law: 'none', assumption: 't' }],
  friction: { ratePerDay: 3, resolution: { kind: 'lognormal', median: 6 * 60 * MINUTE, sigma: 0.7 }, assumption: 't' },
});

describe('kernel properties over random seeds and timelines', () => {
  fcTest.prop([timeline, fc.integer({ min: 0, max: 2 ** 31 })], { numRuns: 60 })('the same seed gives byte-identical JSONL', (tl, seed) => {
    const m = model({ design: stochasticDesign, timeline: tl, end: model().start + 12 * DAY });
    expect(jsonl(simulate(m, { seed: String(seed) }).records)).toBe(jsonl(simulate(m, { seed: String(seed) }).records));
  });

  fcTest.prop([timeline, fc.integer({ min: 0, max: 2 ** 31 })], { numRuns: 100 })(
    'one OPCON holder per force at every instant; national command never moves; from = holder before',
    (tl, seed) => {
      const m = model({ design: stochasticDesign, timeline: tl, end: model().start + 12 * DAY });
      const r = simulate(m, { seed: String(seed) });
      expect(invariantViolation(r)).toBeUndefined();
    },
  );
});

describe('the property generators exercise the kernel', () => {
  fcTest.prop([fc.array(fc.tuple(timeline, fc.integer()), { minLength: 30, maxLength: 30 })], { numRuns: 1 })(
    'random timelines produce transfers, refusals and friction (so the invariants above are not vacuous)',
    (cases) => {
      const seen = new Set<string>();
      for (const [tl, seed] of cases) {
        const r = simulate(model({ design: stochasticDesign, timeline: tl, end: model().start + 12 * DAY }), { seed: String(seed) });
        for (const rec of r.records) seen.add(rec.type === 'decision' ? `decision:${rec.outcome}` : rec.type);
      }
      expect([...seen]).toEqual(expect.arrayContaining(['command', 'decision:approved', 'decision:refused', 'engagement']));
    },
  );
});
