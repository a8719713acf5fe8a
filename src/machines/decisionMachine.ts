import { setup, assign } from 'xstate';

/**
 * One authority deciding one request, walking its procedure's steps (e.g. Japan: Cabinet
 * decision adopting a Basic Response Plan, then Diet approval). Steps timed `before` must all
 * approve before the decision takes effect (state `approved` or, if `after` steps remain,
 * `ratifying`); an `after` step's refusal revokes it (`revoked`). Outcomes and latencies are
 * drawn by the engine when the request is made and passed in as input: the machine is pure.
 */
export interface PlannedStep {
  readonly name: string;
  readonly latency: number;
  readonly approves: boolean;
  readonly after: boolean;
}

export const DECISION_STATES = ['deliberating', 'ratifying', 'approved', 'refused', 'revoked'] as const;

export const decisionMachine = setup({
  types: {
    context: {} as { steps: readonly PlannedStep[]; index: number },
    input: {} as { steps: readonly PlannedStep[] },
  },
  guards: {
    stepRefused: ({ context }) => !context.steps[context.index]!.approves,
    lastStep: ({ context }) => context.index >= context.steps.length - 1,
    nextIsAfter: ({ context }) => context.steps[context.index + 1]!.after,
    noSteps: ({ context }) => context.steps.length === 0,
    firstIsAfter: ({ context }) => context.steps[0]!.after,
  },
  actions: {
    nextStep: assign({ index: ({ context }) => context.index + 1 }),
  },
  delays: {
    stepLatency: ({ context }) => context.steps[context.index]!.latency,
  },
}).createMachine({
  id: 'decision',
  context: ({ input }) => ({ steps: input.steps, index: 0 }),
  initial: 'starting',
  states: {
    // Transient: decides whether there is anything to deliberate before taking effect.
    starting: {
      always: [{ guard: 'noSteps', target: 'approved' }, { guard: 'firstIsAfter', target: 'ratifying' }, { target: 'deliberating' }],
    },
    deliberating: {
      after: {
        stepLatency: [
          { guard: 'stepRefused', target: 'refused' },
          { guard: 'lastStep', target: 'approved' },
          { guard: 'nextIsAfter', target: 'ratifying', actions: 'nextStep' },
          { target: 'deliberating', reenter: true, actions: 'nextStep' },
        ],
      },
    },
    ratifying: {
      after: {
        stepLatency: [
          { guard: 'stepRefused', target: 'revoked' },
          { guard: 'lastStep', target: 'approved' },
          { target: 'ratifying', reenter: true, actions: 'nextStep' },
        ],
      },
    },
    approved: { type: 'final' },
    refused: { type: 'final' },
    revoked: { type: 'final' },
  },
});
