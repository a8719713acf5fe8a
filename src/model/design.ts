import type { Condition } from './condition.js';
import type { Distribution } from './distribution.js';
import type { Duration } from './time.js';
import type { ForceSelector, HqId, NationId } from './force.js';
import type { LevelName, Scalar } from './theater.js';
import { parseDuration } from './time.js';

/**
 * A compiled alliance design: everything an alliance decides about command, fully defaulted.
 * Designs are data (`src/designs/*.yaml`); adding an alliance needs no change to code.
 */

/** Where a rule, body or number comes from. Every design element carries at least one of the two. */
export interface Provenance {
  /** A citation: a page of the report, a treaty article, a public statement. */
  readonly source?: string;
  /** An explicit modelling assumption, stated where no public source gives the value. */
  readonly assumption?: string;
}

export type AuthorityId = string;
export type RuleId = string;
export type BodyId = string;

/**
 * Who takes a step, so that mechanisms know which steps they may act on: a meeting of national
 * security staffs speeds `interagency` steps, senior military meetings speed `military` advice,
 * and nothing an alliance or a government does speeds a `parliament` (the Diet, the Bundestag).
 */
export const STEP_BODIES = ['interagency', 'cabinet', 'leader', 'parliament', 'military', 'council'] as const;
export type StepBody = (typeof STEP_BODIES)[number];

/** One step of an authority's decision procedure (e.g. Japan: Cabinet decision, then Diet approval). */
export interface DecisionStep extends Provenance {
  readonly name: string;
  /** Who takes the step (see {@link StepBody}). */
  readonly by: StepBody;
  readonly latency: Distribution;
  /** Probability this step approves, unless a scenario stance overrides it for the subject. */
  readonly approve: number;
  /**
   * `before`: the decision takes effect only once this step approves. `after`: it takes effect
   * without waiting, and a later refusal revokes it (Japan's Diet approval "afterwards in an
   * emergency"). `afterWhen` makes the step `after` only while that condition holds.
   */
  readonly timing: 'before' | 'after';
  readonly afterWhen?: Condition;
}

/**
 * The kind of decision a request asks for: what is decided, not who decides it (e.g.
 * `situation-certification`, `defense-operation`, `jtf-establishment`, `collective-defence`,
 * `transfer-of-authority`, `plan-adoption`). Gates and rules name the kind they ask for; an
 * authority decides each kind by the procedure it lists for it.
 */
export type DecisionKind = string;

/** The kind a procedure written as plain `procedure:` decides: every kind the authority is asked. */
export const ANY_DECISION: DecisionKind = 'any';

/**
 * How an authority decides one or more kinds of decision: its steps in order. Japan certifies a
 * situation by a Cabinet decision after the National Security Council, but orders a defense
 * operation by the Prime Minister with the Diet's approval (afterwards in an emergency).
 */
export interface Procedure extends Provenance {
  readonly id: string;
  readonly name: string;
  /** The kinds it decides; {@link ANY_DECISION} for an authority with one procedure for everything. */
  readonly decisions: readonly DecisionKind[];
  readonly steps: readonly DecisionStep[];
}

/** A national command authority (or, for NATO, the Council acting for the members). */
export interface Authority extends Provenance {
  readonly id: AuthorityId;
  readonly name: string;
  readonly nation: NationId;
  /** Procedures by kind of decision; the first listing a kind decides it, then one for `any`. */
  readonly procedures: readonly Procedure[];
}

/** The procedure `authority` follows to decide `decision`, if it has one. */
export function procedureFor(authority: Authority, decision: DecisionKind): Procedure | undefined {
  return authority.procedures.find((p) => p.decisions.includes(decision)) ?? authority.procedures.find((p) => p.decisions.includes(ANY_DECISION));
}

/** Every step of every procedure of an authority, with the procedure it belongs to. */
export function stepsOf(authority: Authority): { procedure: Procedure; step: DecisionStep }[] {
  return authority.procedures.flatMap((procedure) => procedure.steps.map((step) => ({ procedure, step })));
}

export type HqKind = 'national' | 'combined' | 'political';

export interface Headquarters extends Provenance {
  readonly id: HqId;
  readonly name: string;
  readonly kind: HqKind;
  /** Owning nation for national headquarters; undefined for combined ones. */
  readonly nation?: NationId;
  /** Nationality of the commander, which decides whether a transfer puts a force under foreign command. */
  readonly commander: NationId;
  readonly deputy?: NationId;
  /** The headquarters it reports to; undefined at the top of a chain. */
  readonly parent?: HqId;
  /** At the top of a chain: the national authorities it answers to (several for a combined command). */
  readonly authorities: readonly AuthorityId[];
  readonly echelon: string;
  /** False for headquarters that are not warfighting commands (USFK, USFJ in the report). */
  readonly warfighting: boolean;
}

/** How a joint decision combines its members' answers. */
export type DecisionMode =
  /** Every authority must approve; any can block (U.S.-ROK DEFCON change). */
  | 'all'
  /** NATO silence procedure: passes at the deadline unless a member breaks silence. */
  | 'silence';

/**
 * A gate on changing a theater level: a proposal to set `level` to a value matching `to` needs
 * the approvals listed (domain.md: raising DEFCON IV to III needs both presidents' approval).
 */
export interface Gate extends Provenance {
  readonly id: string;
  readonly level: LevelName;
  /** The kind of decision the approvals are asked for (e.g. `situation-certification`). */
  readonly decision: DecisionKind;
  /** Condition over the proposed value (read as the level's variable). */
  readonly to: Condition;
  readonly approvals: readonly AuthorityId[];
  readonly mode: DecisionMode;
  /** For `silence`: how long the proposal circulates before silence is taken as consent. */
  readonly deadline: Distribution;
}

/** A relationship given to a holder before the run starts (e.g. CFC's armistice OPCON in 1978). */
export interface Standing extends Provenance {
  readonly id: string;
  readonly forces: ForceSelector;
  readonly relationship: MovableRelationship;
  readonly holder: HqId;
}

/** Relationships a rule can move. National command and ADCON never move (domain.md). */
export type MovableRelationship = 'opcon' | 'tacon';

/** A transfer rule: when, with whose approval, what moves from whom to whom, and when it returns. */
export interface TransferRule extends Provenance {
  readonly id: RuleId;
  readonly name: string;
  readonly relationship: MovableRelationship;
  readonly forces: ForceSelector;
  /** Only forces whose current holder is one of these move (all selected forces when undefined). */
  readonly from?: readonly HqId[];
  readonly to: HqId;
  readonly when: Condition;
  readonly approvals: readonly AuthorityId[];
  /** The kind of decision the approvals are asked for (e.g. `jtf-establishment`). */
  readonly decision: DecisionKind;
  readonly mode: DecisionMode;
  readonly deadline: Distribution;
  /**
   * A plan agreed in advance that makes this transfer automatic: it happens only while the
   * plan's circumstances hold (besides `when`), and never without the plan's adoption.
   */
  readonly plan?: string;
  /** Time from approval (or the condition, when pre-agreed) until the transfer is effective. */
  readonly latency: Distribution;
  /** When the forces go back; `never` keeps them. */
  readonly returnWhen: Condition;
  readonly returnLatency: Distribution;
  /** After a refusal, ask again the next time the condition becomes true. */
  readonly retry: boolean;
}

/** One level of a coordination body that flexes in membership and seniority (2015 ACM). */
export interface BodyLevel extends Provenance {
  readonly name: string;
  readonly when: Condition;
  readonly seniority: string;
  readonly members: readonly HqId[];
  /** Multiplies consultation latencies of rules and gates linking its members while at this level. */
  readonly latencyFactor: number;
}

/** A coordination body: links headquarters, never commands (BCM, ACM, MCC, MILREPS, NATO MC). */
export interface CoordinationBody extends Provenance {
  readonly id: BodyId;
  readonly name: string;
  readonly members: readonly HqId[];
  readonly initial: 'dormant' | 'active';
  readonly activateWhen: Condition;
  readonly activation: Distribution;
  readonly standDownWhen: Condition;
  readonly standDown: Distribution;
  /** Ordered from least to most senior; the first whose condition holds is the active level. */
  readonly levels: readonly BodyLevel[];
}

/** Which relationships a nation may grant to a commander of another nation. */
export interface NationalConstraint extends Provenance {
  readonly nation: NationId;
  readonly opcon: readonly NationId[] | 'any';
  readonly tacon: readonly NationId[] | 'any';
  /** The law that would need changing for a transfer the constraint forbids. */
  readonly law: string;
}

/** Co-located officers between headquarters (report, recommendation 3). */
export interface Colocation extends Provenance {
  readonly id: string;
  readonly kind: 'FLO' | 'FEO';
  readonly from: NationId;
  readonly at: HqId;
  readonly count: number;
  readonly directorates: readonly string[];
  /** Officers' grade (e.g. O-4/O-5), when the design gives one. */
  readonly grade?: string;
}

/**
 * Decision steps a modifier or meeting acts on: one authority's steps, narrowed to the
 * procedure for one kind of decision and to one step or one kind of step taker when given.
 */
export interface ProcedureTarget {
  readonly authority: AuthorityId;
  readonly decision?: DecisionKind;
  readonly step?: string;
  readonly by?: StepBody;
}

/** Whether `target` names `step`, taken by `authority` deciding a request of kind `decision`. */
export function targets(target: ProcedureTarget, authority: AuthorityId, decision: DecisionKind, step: DecisionStep): boolean {
  return (
    target.authority === authority &&
    (target.decision === undefined || target.decision === decision) &&
    (target.step === undefined || target.step === step.name) &&
    (target.by === undefined || target.by === step.by)
  );
}

/**
 * A documented effect on latencies: co-location, senior meetings, a standing mechanism. While
 * `when` holds, samples of the listed rules', gates' and decision steps' latencies are multiplied
 * by `latencyFactor`, and friction arises at `frictionFactor` times its base rate. No modifier
 * speeds a parliament's step: a national parliament keeps its own pace whatever the alliance does.
 */
export interface Modifier extends Provenance {
  readonly id: string;
  readonly when: Condition;
  readonly rules: readonly RuleId[] | 'all';
  readonly gates: readonly string[] | 'all';
  /** The decision steps it speeds; `all`: every step of every authority but parliaments'. */
  readonly procedures: readonly ProcedureTarget[] | 'all';
  readonly latencyFactor: number;
  readonly frictionFactor: number;
  /**
   * Makes the factors depend on a design parameter (e.g. the number of co-located FEOs), with
   * diminishing returns; when present it replaces `latencyFactor`/`frictionFactor` (see
   * {@link modifierFactors}).
   */
  readonly byParameter?: ParameterEffect;
}

/**
 * A saturating effect of a count: with value v the factor is
 * `floor + (1 - floor) * 2^(-v / halfAt)`: 1 (no effect) at v = 0, halfway to `floor` at
 * v = halfAt, approaching `floor` as v grows. The shape is a modelling assumption (diminishing
 * returns of more officers), stated in the design file with the numbers.
 */
export interface ParameterEffect {
  readonly parameter: string;
  /**
   * When set, the parameter is an interval (a duration such as 7d) and v counts events per
   * `per` (ms): a weekly meeting is v = 1 with `per` one week, a daily one v = 7.
   */
  readonly per?: number;
  readonly halfAt: number;
  readonly latencyFloor: number;
  readonly frictionFloor: number;
}

/** The latency and friction factors a modifier applies, given the design's parameter values. */
export function modifierFactors(m: Modifier, parameters: readonly DesignParameter[]): { latency: number; friction: number } {
  const effect = m.byParameter;
  if (!effect) return { latency: m.latencyFactor, friction: m.frictionFactor };
  const raw = parameters.find((p) => p.name === effect.parameter)?.value;
  const interval = typeof raw === 'string' ? parseDuration(raw) : undefined;
  const count = effect.per === undefined ? raw : interval !== undefined && interval > 0 ? effect.per / interval : 0;
  const v = typeof count === 'number' && count > 0 ? count : 0;
  const decay = effect.halfAt > 0 ? Math.pow(2, -v / effect.halfAt) : v > 0 ? 0 : 1;
  return { latency: effect.latencyFloor + (1 - effect.latencyFloor) * decay, friction: effect.frictionFloor + (1 - effect.frictionFloor) * decay };
}

/**
 * Divergent national guidance arises while forces of several nations are engaged without one
 * combined commander; each episode resolves after `resolution` (shortened by active bodies).
 */
export interface FrictionModel extends Provenance {
  /** Mean episodes per day of engagement under parallel command (Poisson process). */
  readonly ratePerDay: number;
  readonly resolution: Distribution;
}

/**
 * A meeting held at a fixed interval that speeds the decision steps it can (report p. 22: a
 * weekly interagency coordination meeting run by both National Security Councils "would allow
 * all parties to transmit decisions ... and to save time on having to coordinate the
 * transmission of information"). A targeted step that starts after a meeting has been held since
 * the crisis began takes `remaining` of its time; one that starts earlier takes the shorter of
 * its own time and waiting for the next meeting plus `remaining` of its time.
 */
export interface Meeting extends Provenance {
  readonly id: string;
  readonly name: string;
  /** Time between meetings; the first is held one interval after the run starts. */
  readonly interval: Duration;
  readonly speeds: readonly ProcedureTarget[];
  /** Fraction (0-1) of a step's time left once the meeting has shared the facts. */
  readonly remaining: number;
}

/**
 * A contingency plan agreed in advance by the governments that adopted it (report p. 19: "a
 * predefined set of circumstances that would demand integration, building these into
 * contingency plans"). Rules that name the plan act only while its circumstances hold; the
 * adoptions are recorded when the run starts, as decisions taken beforehand.
 */
export interface Plan extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly circumstances: Condition;
  readonly adoptedBy: readonly PlanAdoption[];
}

/** One government's decision adopting a plan, taken before the run (its procedure and step named). */
export interface PlanAdoption extends Provenance {
  readonly authority: AuthorityId;
  readonly decision: DecisionKind;
  /** What the decision was, in words (e.g. "Cabinet decision adopting the bilateral plan"). */
  readonly step: string;
}

/** NATO C2 maturity approach (SAS-065) the design reaches in a phase. */
export type C2Approach = 'conflicted' | 'de-conflicted' | 'coordinated' | 'collaborative' | 'edge';

/**
 * An element that reads a design parameter: `{param: NAME}` written where the element takes a
 * number, duration or value, or a modifier's `by-parameter:`. Setting the parameter (a sweep grid
 * point, `run --set`) re-resolves every element that reads it.
 */
export interface ParameterRead {
  readonly parameter: string;
  /** Where in the design, as a path with list entries named by id: `bodies[bcm].activation.lognormal.median`. */
  readonly element: string;
}

export interface DesignParameter extends Provenance {
  readonly name: string;
  readonly value: Scalar;
  readonly description: string;
}

export interface Design extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly alliance: string;
  readonly summary: string;
  readonly nations: readonly NationId[];
  readonly authorities: readonly Authority[];
  readonly headquarters: readonly Headquarters[];
  readonly bodies: readonly CoordinationBody[];
  readonly gates: readonly Gate[];
  readonly standing: readonly Standing[];
  readonly rules: readonly TransferRule[];
  readonly constraints: readonly NationalConstraint[];
  readonly colocation: readonly Colocation[];
  readonly modifiers: readonly Modifier[];
  readonly meetings: readonly Meeting[];
  readonly plans: readonly Plan[];
  readonly friction?: FrictionModel;
  /** C2 approach by JP 5-0 phase (index 0-5), when the design file classifies it. */
  readonly c2: readonly (C2Approach | undefined)[];
  readonly parameters: readonly DesignParameter[];
  /** Which elements read each parameter (every parameter is read by at least one). */
  readonly parameterReads: readonly ParameterRead[];
}
