import type { MovableRelationship } from './design.js';

/**
 * The doctrinal name of what a holder has over a force. The command table has two movable
 * slots (OPCON and TACON); the term says what fills the slot in the doctrine of the nation or
 * alliance that grants it: U.S. OPCON, NATO OPCOM or OPCON (narrower: limited by function,
 * time or location, AJP-01), Australian operational command, the ROK's 1950 "command
 * authority" (broader than OPCON, never defined).
 */
export const COMMAND_TERMS = ['opcon', 'tacon', 'opcom', 'tacom', 'nato-opcon', 'nato-tacon', 'command-authority'] as const;
export type CommandTerm = (typeof COMMAND_TERMS)[number];

/** Which slot of the command table each term fills. */
export const TERM_SLOT: Readonly<Record<CommandTerm, MovableRelationship>> = {
  opcon: 'opcon',
  opcom: 'opcon',
  'nato-opcon': 'opcon',
  'command-authority': 'opcon',
  tacon: 'tacon',
  tacom: 'tacon',
  'nato-tacon': 'tacon',
};

/** How a term reads in outputs: `OPCOM`, `NATO OPCON`, `command authority`. */
export const TERM_LABEL: Readonly<Record<CommandTerm, string>> = {
  opcon: 'OPCON',
  tacon: 'TACON',
  opcom: 'OPCOM',
  tacom: 'TACOM',
  'nato-opcon': 'NATO OPCON',
  'nato-tacon': 'NATO TACON',
  'command-authority': 'command authority',
};
