import { setup, assign } from 'xstate';

/**
 * A coordination body's lifecycle: dormant -> activating -> active (at a level, flexing in
 * membership and seniority as conditions change) -> standing-down -> dormant. A body links
 * commanders; it never holds command. The 1997 BCM starts dormant; the 2015 ACM starts active.
 */
export type BodyEvent =
  | { type: 'ACTIVATE'; latency: number }
  | { type: 'STAND_DOWN'; latency: number }
  | { type: 'FLEX'; level: string };

export const BODY_STATES = ['dormant', 'activating', 'active', 'standing-down'] as const;

export const bodyMachine = setup({
  types: {
    context: {} as { latency: number; level: string; startActive: boolean },
    events: {} as BodyEvent,
    input: {} as { initial: 'dormant' | 'active'; level: string },
  },
  guards: {
    startsActive: ({ context }) => context.startActive,
  },
  actions: {
    takeLatency: assign({ latency: ({ event }) => ('latency' in event ? event.latency : 0) }),
    flex: assign({ level: ({ event, context }) => (event.type === 'FLEX' ? event.level : context.level) }),
  },
  delays: {
    latency: ({ context }) => context.latency,
  },
}).createMachine({
  id: 'body',
  context: ({ input }) => ({ latency: 0, level: input.level, startActive: input.initial === 'active' }),
  initial: 'starting',
  states: {
    // Transient: a standing body (2015 ACM) starts active, others dormant, without a logged change.
    starting: {
      always: [{ guard: 'startsActive', target: 'active' }, { target: 'dormant' }],
    },
    dormant: {
      on: { ACTIVATE: { target: 'activating', actions: 'takeLatency' } },
    },
    activating: {
      after: { latency: 'active' },
      on: { STAND_DOWN: 'dormant' },
    },
    active: {
      on: {
        FLEX: { actions: 'flex' },
        STAND_DOWN: { target: 'standing-down', actions: 'takeLatency' },
      },
    },
    'standing-down': {
      after: { latency: 'dormant' },
      on: { ACTIVATE: { target: 'active' } },
    },
  },
});
