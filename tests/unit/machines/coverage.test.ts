import { describe, expect, test } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { bodyMachine, BODY_STATES } from '../../../src/machines/bodyMachine.js';
import { decisionMachine, DECISION_STATES, type PlannedStep } from '../../../src/machines/decisionMachine.js';
import { handoverMachine, HANDOVER_STATES } from '../../../src/machines/handoverMachine.js';
import { jointDecisionMachine } from '../../../src/machines/jointDecisionMachine.js';
import { createLevelMachine } from '../../../src/machines/levelMachine.js';
import { LEVELS, LEVEL_NAMES } from '../../../src/model/theater.js';
import { loadDesign, listBuiltinDesigns } from '../../../src/scenario/index.js';
import { afterEvents, explore, union } from './explore.js';

/**
 * Model-based coverage of every process machine a built-in design creates: every state is
 * reachable and every non-final state can be left (xstate/graph, bounded traversals).
 */
const designs = listBuiltinDesigns()
  .filter((d) => !d.name.includes('(invalid:'))
  .map((d) => loadDesign(d.id));

const HANDOVER_EVENTS = [
  { type: 'TRIGGER', needsApproval: true, latency: 60_000 },
  { type: 'TRIGGER', needsApproval: false, latency: 0 },
  { type: 'APPROVED', latency: 60_000 },
  { type: 'REFUSED' },
  { type: 'CANCEL' },
  { type: 'RELEASE', latency: 60_000 },
] as const;
const BODY_EVENTS = [
  { type: 'ACTIVATE', latency: 60_000 },
  { type: 'STAND_DOWN', latency: 60_000 },
  { type: 'FLEX', level: 'senior' },
] as const;
const JOINT_EVENTS = [{ type: 'MEMBER_APPROVED' }, { type: 'MEMBER_REFUSED' }] as const;

const step = (approves: boolean, after = false, latency = 3_600_000): PlannedStep => ({ name: 's', latency, approves, after });

/** Planned steps of an authority's procedure: all approve, then each step refusing in turn. */
function plansOf(procedure: readonly { timing: 'before' | 'after' }[]): PlannedStep[][] {
  const base = procedure.map((s) => step(true, s.timing === 'after')).sort((a, b) => Number(a.after) - Number(b.after));
  return [base, ...base.map((_, i) => base.map((s, j) => (i === j ? { ...s, approves: false } : s)))];
}

describe('process machines: every state reachable, every non-final state can be left', () => {
  test('the theater level machines of every built-in design, from every initial value', () => {
    expect(designs.length).toBeGreaterThan(0);
    for (const name of LEVEL_NAMES) {
      const spec = LEVELS[name];
      const values = spec.values.map(String);
      for (const initial of spec.values) {
        const machine = createLevelMachine(spec, initial);
        const e = explore(machine, values.map((value) => ({ type: 'SET', value })));
        expect([...e.reached].sort(), `${name} from ${initial}`).toEqual([...values].sort());
        expect([...e.stuck], `${name} from ${initial}`).toEqual([]);
      }
    }
  });

  test('handover: all six states reachable; only a refusal without retry is absorbing', () => {
    const retry = explore(handoverMachine, HANDOVER_EVENTS, { retry: true });
    expect([...retry.reached].sort()).toEqual([...HANDOVER_STATES].sort());
    expect([...retry.stuck]).toEqual([]);
    const noRetry = explore(handoverMachine, HANDOVER_EVENTS, { retry: false });
    expect([...noRetry.reached].sort()).toEqual([...HANDOVER_STATES].sort());
    // A rule with `retry: false` stays refused for the rest of the run, by design (not a final state, so the diagram shows it as a place).
    expect([...noRetry.stuck]).toEqual(['refused']);
    // Every built-in design's rules use one of these two inputs.
    for (const d of designs) for (const r of d.rules) expect(typeof r.retry).toBe('boolean');
  });

  test('handover: the delayed transitions are explored (after events are sent)', () => {
    expect(afterEvents(handoverMachine).map((e) => e.type)).toEqual(['xstate.after.latency.handover.transferring', 'xstate.after.latency.handover.returning']);
    const paths = getShortestPaths(handoverMachine, { input: { retry: true }, events: [...HANDOVER_EVENTS, ...afterEvents(handoverMachine)], limit: 500 } as never);
    const toReturning = paths.find((p) => String(p.state.value) === 'returning');
    expect(toReturning?.steps.map((s) => s.event.type)).toEqual(['xstate.init', 'TRIGGER', 'xstate.after.latency.handover.transferring', 'RELEASE']);
  });

  test('decision: every state reachable over a few planned-step inputs, every input ends in a final state', () => {
    const inputs: PlannedStep[][] = [[], [step(true)], [step(false)], [step(true), step(true, true)], [step(true), step(false, true)], [step(true, true)], [step(true), step(true), step(true)]];
    const parts = inputs.map((steps) => explore(decisionMachine, [], { steps }));
    const all = union(parts);
    expect([...all.reached].sort()).toEqual([...DECISION_STATES].sort());
    expect([...all.stuck]).toEqual([]);
    for (const [i, p] of parts.entries()) expect(p.finals.size, `input ${i}`).toBe(1);
  });

  test("decision: every built-in design's authority procedures reach a final state, approving or refusing at any step", () => {
    for (const d of designs) {
      for (const a of d.authorities) {
        for (const steps of a.procedures.flatMap((p) => plansOf(p.steps))) {
          const e = explore(decisionMachine, [], { steps });
          expect(e.finals.size, `${d.id} ${a.id}`).toBe(1);
          expect([...e.stuck], `${d.id} ${a.id}`).toEqual([]);
          const refuses = steps.findIndex((s) => !s.approves);
          const expected = refuses < 0 ? 'approved' : steps[refuses]!.after ? 'revoked' : 'refused';
          expect([...e.finals], `${d.id} ${a.id}`).toEqual([expected]);
        }
      }
    }
  });

  test('joint decision: both modes, every state reachable and every non-final state can be left', () => {
    const modes = [
      explore(jointDecisionMachine, JOINT_EVENTS, { members: 0, mode: 'all', deadline: 0 }),
      explore(jointDecisionMachine, JOINT_EVENTS, { members: 3, mode: 'all', deadline: 0 }),
      explore(jointDecisionMachine, JOINT_EVENTS, { members: 3, mode: 'silence', deadline: 86_400_000 }),
    ];
    const all = union(modes);
    expect([...all.reached].sort()).toEqual(['approved', 'collecting', 'refused', 'silence-broken', 'silence-procedure']);
    expect([...all.stuck]).toEqual([]);
  });

  test("joint decision: every built-in design's gates and rules (their mode and number of approvers)", () => {
    for (const d of designs) {
      for (const g of [...d.gates, ...d.rules]) {
        const e = explore(jointDecisionMachine, JOINT_EVENTS, { members: g.approvals.length, mode: g.mode, deadline: 3_600_000 });
        expect(e.finals.has('approved'), `${d.id} ${g.id}`).toBe(true);
        expect([...e.stuck], `${d.id} ${g.id}`).toEqual([]);
      }
    }
  });

  test('body: both initial states reach all four states, none is a dead end', () => {
    const dormant = explore(bodyMachine, BODY_EVENTS, { initial: 'dormant', level: 'working' });
    const active = explore(bodyMachine, BODY_EVENTS, { initial: 'active', level: 'working' });
    for (const e of [dormant, active]) {
      expect([...e.reached].sort()).toEqual([...BODY_STATES].sort());
      expect([...e.stuck]).toEqual([]);
    }
    const initials = new Set(designs.flatMap((d) => d.bodies.map((b) => b.initial)));
    for (const i of initials) expect(['dormant', 'active']).toContain(i);
  });
});
