import type { HqId, ForceId, NationId } from './force.js';
import type { Scalar } from './theater.js';

/**
 * Log records: the run's only output and the contract with every sink, metric and viewer
 * (design.md "Log records"). Every record has `seq` (0, 1, 2, ...), `t` (RFC 3339 UTC with
 * seconds, `2026-03-01T06:00:00Z`) and `type`.
 * Records that result from another carry `cause`: the seq of that record, so "why" can be traced.
 */
/**
 * The version of the record format (the fields and meaning of every record type), stamped into
 * `run-start` as `recordFormat`. Semantic versioning: a new record type or a new optional field is
 * a minor change; renaming, removing or changing the meaning or form of a field (as making `t`
 * RFC 3339 with seconds did) is a major one. Readers should check the major number.
 */
export const RECORD_FORMAT = '1.0.0';

interface Base {
  readonly seq: number;
  readonly t: string;
}

export interface RunStartRecord extends Base {
  readonly type: 'run-start';
  readonly scenario: string;
  readonly design: string;
  readonly seed: string;
  /** The opcon version that wrote the log. */
  readonly version: string;
  /** {@link RECORD_FORMAT} of the writer (absent in logs written before it was declared). */
  readonly recordFormat: string;
  readonly start: string;
  readonly end: string;
  readonly forces: readonly { id: ForceId; name: string; nation: NationId; component: string; opcon: HqId; tacon: HqId | null; adcon: HqId; national: HqId }[];
  /**
   * Headquarters. `echelon` and `warfighting` let metrics find the top of a force's military chain
   * (political headquarters and alliance councils, echelon `alliance-...`, are not commanders);
   * `nations` are the nations whose officers staff it (a combined headquarters: the alliance's
   * nations), so metrics can tell which forces an integrated combined headquarters links. (Optional
   * so older logs still parse.)
   */
  readonly headquarters: readonly { id: HqId; name: string; kind: string; commander: NationId; deputy: NationId | null; parent: HqId | null; echelon?: string; warfighting?: boolean; nations?: readonly NationId[] }[];
  /**
   * Coordination bodies and whom they link (per level when the body flexes), so metrics can tell
   * from the log alone which headquarters an active body links. `initial` is the body's state at
   * the start (`dormant` or `active`) and `level` its level then (null when dormant); later
   * changes come as `coordination` records. (Optional in the type so older logs still parse.)
   */
  readonly bodies?: readonly { id: string; name: string; members: readonly HqId[]; initial: string; level?: string | null; levels: readonly { name: string; members: readonly HqId[] }[] }[];
  /**
   * Theater levels at the start (`posture`, `phase`, `defcon`, ...), so time-weighted metrics know
   * the state before the first `state` record. Optional: without it metrics take the `from` of
   * the first `theater.LEVEL` state record.
   */
  readonly initial?: Readonly<Record<string, Scalar>>;
  /**
   * Officers heading several headquarters (present when the design names any): one person
   * links the headquarters he heads, so metrics count them as linked.
   */
  readonly officers?: readonly { id: string; title: string; heads: readonly HqId[] }[];
}

export interface EventRecord extends Base {
  readonly type: 'event';
  readonly id: string;
  readonly event: string;
  readonly label: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly source?: string;
  readonly cause?: number;
}

export interface StateRecord extends Base {
  readonly type: 'state';
  readonly machine: string;
  readonly from: string;
  readonly to: string;
  readonly cause?: number;
}

export interface RequestRecord extends Base {
  readonly type: 'request';
  readonly request: string;
  readonly subject: string;
  /** The kind of decision asked for (`situation-certification`, `collective-defence`...). */
  readonly decision?: string;
  readonly authorities: readonly string[];
  readonly mode: string;
  readonly cause?: number;
}

export interface DecisionRecord extends Base {
  readonly type: 'decision';
  readonly request: string;
  readonly authority: string;
  readonly subject: string;
  /** `revoked`: an after-the-fact step refused (Japan's Diet after an emergency order). */
  readonly outcome: 'approved' | 'refused' | 'revoked';
  /** The id of the authority's procedure that decided it (its procedure for the request's kind). */
  readonly procedure?: string;
  /** The decision step that settled it (`Cabinet decision`, `Diet approval`). */
  readonly step?: string;
  readonly cause?: number;
}

export interface CommandRecord extends Base {
  readonly type: 'command';
  readonly force: ForceId;
  readonly relationship: 'opcon' | 'tacon';
  readonly from: HqId | null;
  readonly to: HqId | null;
  readonly rule: string;
  /**
   * The doctrinal term the new holder has (`opcom`, `nato-opcon`, `command-authority`), present
   * only when it is not the relationship's own name. `from` equal to `to` means only the term
   * changed (UNC's command authority of 1950 became OPCON under the 1954 Agreed Minute).
   */
  readonly term?: string;
  readonly cause: number;
}

/**
 * A support relationship between commands began or ended (JP 1: the supporting commanders aid
 * the supported one; no command passes).
 */
export interface SupportRecord extends Base {
  readonly type: 'support';
  readonly id: string;
  readonly supported: HqId;
  readonly supporting: readonly HqId[];
  readonly kind: string;
  readonly active: boolean;
  readonly cause?: number;
}

export interface CoordinationRecord extends Base {
  readonly type: 'coordination';
  readonly body: string;
  readonly from: string;
  readonly to: string;
  readonly level: string | null;
  readonly cause?: number;
}

/** A transfer a nation's law does not allow; the design still runs it so analysts see the cost. */
export interface ConstraintRecord extends Base {
  readonly type: 'constraint';
  readonly force: ForceId;
  readonly nation: NationId;
  readonly relationship: 'opcon' | 'tacon';
  readonly holder: HqId;
  readonly commander: NationId;
  readonly law: string;
  readonly rule: string;
  readonly cause: number;
}

export interface FrictionRecord extends Base {
  readonly type: 'friction';
  readonly id: string;
  readonly phase: 'start' | 'resolved';
  readonly nations: readonly NationId[];
  readonly cause?: number;
}

export interface EngagementRecord extends Base {
  readonly type: 'engagement';
  readonly force: ForceId;
  readonly engaged: boolean;
  readonly cause: number;
}

export interface RunEndRecord extends Base {
  readonly type: 'run-end';
  readonly summary: Readonly<Record<string, Scalar>>;
}

export type LogRecord =
  | RunStartRecord
  | EventRecord
  | StateRecord
  | RequestRecord
  | DecisionRecord
  | CommandRecord
  | SupportRecord
  | CoordinationRecord
  | ConstraintRecord
  | FrictionRecord
  | EngagementRecord
  | RunEndRecord;

export type RecordType = LogRecord['type'];

/** A record before the log stamps it with `seq` and `t`. */
export type RecordBody = LogRecord extends infer R ? (R extends LogRecord ? Omit<R, 'seq' | 't'> : never) : never;
