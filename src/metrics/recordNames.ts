/**
 * Names the engine writes into log records that metrics depend on. Kept in one place so a
 * rename in the engine is a one-line change here (design.md "Log records").
 */

/** `event` records whose `event` is this are hostile acts (the start of decision latency). */
export const HOSTILE_ACT_EVENT = 'hostile-act';

/** Theater level machines are logged as `theater.LEVEL` (`theater.posture`, `theater.phase`). */
export const THEATER_PREFIX = 'theater.';

/** A transfer rule's handover machine is logged as `rule.ID`. */
export const RULE_PREFIX = 'rule.';

/** Handover states (docs/file-formats.md, `rule.ID`). */
export const RULE_INACTIVE = 'inactive';
export const RULE_TRANSFERRING = 'transferring';
export const RULE_TRANSFERRED = 'transferred';

/** Handover states in which a decision about the rule's forces is pending (decision latency). */
export const RULE_HANDING_OVER: readonly string[] = ['awaiting-approval', RULE_TRANSFERRING];

/** The coordination body state in which a body links its members. */
export const BODY_ACTIVE = 'active';

/** Postures during which engaged forces without a combined arrangement count as a coordination gap. */
export const GAP_POSTURES: readonly string[] = ['crisis', 'hostilities'];

/** The posture during which unity of command is measured. */
export const HOSTILITIES = 'hostilities';
