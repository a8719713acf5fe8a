import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { checkRunBudget, frictionEpisodesAtMost } from '../../../src/engine/runBudget.js';
import type { CoordinationBody } from '../../../src/model/design.js';
import { InputError } from '../../../src/model/errors.js';
import { DEFAULT_RUN_BUDGET } from '../../../src/model/runBudget.js';
import type { Condition } from '../../../src/model/condition.js';
import { DAY, formatIso, HOUR, MINUTE } from '../../../src/model/time.js';
import { cmp, design, event, model, rule, START } from '../../helpers/miniModel.js';

/**
 * Issue 11: models the loader's static check cannot see (built here by hand, as a bug in a
 * later check or an API caller could) must still stop, with an InputError naming what ran away.
 */
const zero = { kind: 'fixed', value: 0 } as const;
const eq = (variable: string, value: string): Condition => ({ kind: 'compare', variable, op: 'eq', value });

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('the step budget of a simulated instant', () => {
  it('stops a rule that triggers itself with zero latency, naming it and the instant', () => {
    const r1 = rule({ id: 'r1', to: 'cfc', forces: { ids: ['rok-1'] }, when: { kind: 'all', of: [cmp('defcon', 'lte', 4), eq('rule.r1', 'inactive')] }, returnWhen: eq('rule.r1', 'transferred'), latency: zero, returnLatency: zero });
    const err = inputError(() => simulate(model({ design: design({ rules: [r1] }) })));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]!.file).toBe('mini.yaml');
    expect(err.problems[0]!.what).toContain(`does not settle at ${formatIso(START)}`);
    expect(err.problems[0]!.what).toMatch(/rule\.r1 \(\d+ changes\) kept changing state/);
    expect(err.problems[0]!.what).toContain(`over ${DEFAULT_RUN_BUDGET.maxStepsPerInstant} steps`);
  });

  it('stops two rules that trigger each other and names both', () => {
    const r1 = rule({ id: 'r1', to: 'cfc', forces: { ids: ['rok-1'] }, when: eq('rule.r2', 'inactive'), returnWhen: eq('rule.r2', 'transferred'), latency: zero, returnLatency: zero });
    const r2 = rule({ id: 'r2', to: 'cfc', forces: { ids: ['rok-2'] }, when: eq('rule.r1', 'transferred'), returnWhen: eq('rule.r1', 'inactive'), latency: zero, returnLatency: zero });
    const err = inputError(() => simulate(model({ design: design({ rules: [r1, r2] }) }), { budget: { maxStepsPerInstant: 5_000 } }));
    expect(err.problems[0]!.what).toMatch(/rule\.r1 \(\d+ changes\)/);
    expect(err.problems[0]!.what).toMatch(/rule\.r2 \(\d+ changes\)/);
  });

  it('stops a body whose levels flip each other, at the instant the loop starts', () => {
    const body: CoordinationBody = {
      id: 'flip',
      name: 'Flip',
      members: ['cfc'],
      initial: 'active',
      activateWhen: { kind: 'never' },
      activation: zero,
      standDownWhen: { kind: 'never' },
      standDown: zero,
      levels: [
        { name: 'a', when: eq('body.flip.level', 'b'), seniority: '', members: ['cfc'], latencyFactor: 1, assumption: 'test' },
        { name: 'b', when: eq('body.flip.level', 'a'), seniority: '', members: ['cfc'], latencyFactor: 1, assumption: 'test' },
      ],
      assumption: 'test',
    };
    const err = inputError(() => simulate(model({ design: design({ bodies: [body] }) }), { budget: { maxStepsPerInstant: 5_000 } }));
    expect(err.problems[0]!.what).toMatch(/body\.flip \(\d+ changes\) kept changing state/);
  });

  it('lets a run that needs many steps at one instant finish when the budget is raised', () => {
    // 400 DEFCON flips stamped at one minute, ungated: legitimate, only busy.
    const flips = Array.from({ length: 400 }, (_, i) => event(`flip-${i}`, DAY, { kind: 'set-level', level: 'defcon', value: i % 2 === 0 ? 3 : 4 }));
    const busy = model({ design: design({ gates: [] }), timeline: flips });
    expect(() => simulate(busy, { budget: { maxStepsPerInstant: 100 } })).toThrow(InputError);
    const r = simulate(busy, { budget: { maxStepsPerInstant: 100_000 } });
    expect(r.records.at(-1)?.type).toBe('run-end');
  });
});

describe('the record budget of a run', () => {
  it('stops a run that writes more records than its budget, saying when', () => {
    const flips = Array.from({ length: 200 }, (_, i) => event(`flip-${i}`, DAY + i * MINUTE, { kind: 'set-level', level: 'defcon', value: i % 2 === 0 ? 3 : 4 }));
    const busy = model({ design: design({ gates: [] }), timeline: flips });
    const err = inputError(() => simulate(busy, { budget: { maxRecords: 100 } }));
    expect(err.problems[0]!.what).toMatch(/^the run writes more than 100 records \(reached at \S+, run from /);
    expect(err.problems[0]!.fix).toContain('maxRecords');
    // The same run fits the default budget, whether or not records are kept.
    expect(simulate(busy).records.length).toBeGreaterThan(100);
    expect(() => simulate(busy, { keepRecords: false, keepHistory: false, budget: { maxRecords: 100 } })).toThrow(/more than 100 records/);
  });
});

describe('the command-history budget of a run', () => {
  it('stops a run whose kept snapshots of the command table outgrow the budget, only when history is kept', () => {
    // Flips three hours apart: each lets the one-hour transfer and return happen.
    const flips = Array.from({ length: 60 }, (_, i) => event(`flip-${i}`, DAY + i * 3 * HOUR, { kind: 'set-level', level: 'defcon', value: i % 2 === 0 ? 3 : 4 }));
    const busy = model({ design: design({ gates: [] }), timeline: flips });
    const err = inputError(() => simulate(busy, { budget: { maxHistoryCells: 60 } }));
    expect(err.problems[0]!.what).toMatch(/^the run keeps more than 60 force entries of command history \(\d+ changes of the command table x 3 forces, reached at /);
    expect(() => simulate(busy, { keepHistory: false, budget: { maxHistoryCells: 60 } })).not.toThrow();
  });
});

describe('friction rates over the span, checked before the run', () => {
  const engaged = event('clash', 0, { kind: 'hostile-act', by: 'DPRK', against: ['ROK'], description: '', engaged: { ids: ['rok-1', 'us-2id'] } });
  const friction = { ratePerDay: 10, resolution: { kind: 'fixed', value: 60 * MINUTE } as const, assumption: 'test' };
  const millennia = model({ design: design({ friction }), end: START + 9000 * 365 * DAY, timeline: [engaged] });

  it('refuses friction at 10 a day for nine thousand years without running it', () => {
    expect(frictionEpisodesAtMost(millennia)).toBeGreaterThan(DEFAULT_RUN_BUDGET.maxRecords);
    const err = inputError(() => simulate(millennia));
    expect(err.problems[0]!.what).toMatch(/^friction at 10 per day \(design `mini`\) over [\d.]+ million days could write about [\d.]+ million records, over the budget of 1000000 per run$/);
  });

  it('accepts the same rate when no event ever engages forces (friction cannot arise)', () => {
    const quiet = { ...millennia, timeline: [] };
    expect(frictionEpisodesAtMost(quiet)).toBe(0);
    expect(() => checkRunBudget(quiet)).not.toThrow();
  });

  it('caps the estimate at one episode a minute, as the engine schedules them', () => {
    const frantic = model({ design: design({ friction: { ...friction, ratePerDay: 1e9 } }), end: START + DAY, timeline: [engaged] });
    expect(frictionEpisodesAtMost(frantic)).toBe(24 * 60);
  });
});
