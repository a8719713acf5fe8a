import type { Condition } from './condition.js';
import type { Distribution } from './distribution.js';
import type { AuthorityId, Provenance } from './design.js';
import type { NationId } from './force.js';

/**
 * Decision procedures: the steps an authority takes to decide each kind of decision, who takes
 * each step, and how a modifier or meeting names the steps it acts on (docs/decision-procedures.md).
 */

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
