import { setup, assign } from 'xstate';

/**
 * The lifecycle of one transfer rule (design.md "Where XState fits"):
 * inactive -> awaiting-approval -> transferring -> transferred -> returning -> inactive, or
 * refused. The engine sends TRIGGER when the rule's condition becomes true, APPROVED/REFUSED
 * when the joint decision ends, CANCEL when the condition lapses before the transfer is
 * effective, RELEASE when the return condition holds. Latencies arrive in events, drawn by the
 * engine from the rule's stream, so the machine itself is pure.
 */
export type HandoverEvent =
  | { type: 'TRIGGER'; needsApproval: boolean; latency: number }
  | { type: 'APPROVED'; latency: number }
  | { type: 'REFUSED' }
  | { type: 'CANCEL' }
  | { type: 'RELEASE'; latency: number };

export const HANDOVER_STATES = ['inactive', 'awaiting-approval', 'transferring', 'transferred', 'returning', 'refused'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

export const handoverMachine = setup({
  types: {
    context: {} as { latency: number; retry: boolean },
    events: {} as HandoverEvent,
    input: {} as { retry: boolean },
  },
  guards: {
    needsApproval: ({ event }) => event.type === 'TRIGGER' && event.needsApproval,
    mayRetry: ({ context }) => context.retry,
  },
  actions: {
    takeLatency: assign({ latency: ({ event }) => ('latency' in event ? event.latency : 0) }),
  },
  delays: {
    latency: ({ context }) => context.latency,
  },
}).createMachine({
  id: 'handover',
  context: ({ input }) => ({ latency: 0, retry: input.retry }),
  initial: 'inactive',
  states: {
    inactive: {
      on: {
        TRIGGER: [
          { guard: 'needsApproval', target: 'awaiting-approval', actions: 'takeLatency' },
          { target: 'transferring', actions: 'takeLatency' },
        ],
      },
    },
    'awaiting-approval': {
      on: {
        APPROVED: { target: 'transferring', actions: 'takeLatency' },
        REFUSED: 'refused',
        CANCEL: 'inactive',
      },
    },
    transferring: {
      after: { latency: 'transferred' },
      on: { CANCEL: 'inactive' },
    },
    transferred: {
      on: { RELEASE: { target: 'returning', actions: 'takeLatency' } },
    },
    returning: {
      after: { latency: 'inactive' },
    },
    refused: {
      on: {
        TRIGGER: [
          { guard: 'mayRetry', target: 'awaiting-approval', actions: 'takeLatency' },
        ],
      },
    },
  },
});
