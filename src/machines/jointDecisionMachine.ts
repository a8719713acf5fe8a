import { setup, assign } from 'xstate';

/**
 * A request put to several authorities. `all`: every one must approve and any can block
 * (U.S.-ROK DEFCON changes). `silence`: NATO's silence procedure, the proposal passes at the
 * deadline unless a member breaks silence first by objecting; approvals are not awaited.
 */
export type JointDecisionEvent = { type: 'MEMBER_APPROVED' } | { type: 'MEMBER_REFUSED' };

export const JOINT_OUTCOMES = { approved: 'approved', refused: 'refused', 'silence-broken': 'refused' } as const;

export const jointDecisionMachine = setup({
  types: {
    context: {} as { waiting: number; deadline: number; mode: 'all' | 'silence' },
    events: {} as JointDecisionEvent,
    input: {} as { members: number; mode: 'all' | 'silence'; deadline: number },
  },
  guards: {
    isSilence: ({ context }) => context.mode === 'silence',
    nobodyToAsk: ({ context }) => context.waiting === 0,
    lastApproval: ({ context }) => context.waiting <= 1,
  },
  actions: {
    countApproval: assign({ waiting: ({ context }) => context.waiting - 1 }),
  },
  delays: {
    deadline: ({ context }) => context.deadline,
  },
}).createMachine({
  id: 'joint-decision',
  context: ({ input }) => ({ waiting: input.members, deadline: input.deadline, mode: input.mode }),
  initial: 'opening',
  states: {
    // Transient: picks the procedure; a request to nobody is approved at once.
    opening: {
      always: [
        { guard: 'isSilence', target: 'silence-procedure' },
        { guard: 'nobodyToAsk', target: 'approved' },
        { target: 'collecting' },
      ],
    },
    collecting: {
      on: {
        MEMBER_APPROVED: [{ guard: 'lastApproval', target: 'approved', actions: 'countApproval' }, { actions: 'countApproval' }],
        MEMBER_REFUSED: 'refused',
      },
    },
    'silence-procedure': {
      after: { deadline: 'approved' },
      on: { MEMBER_REFUSED: 'silence-broken' },
    },
    approved: { type: 'final' },
    refused: { type: 'final' },
    'silence-broken': { type: 'final' },
  },
});
