import { procedureFor, targets, type Authority, type AuthorityId, type DecisionKind, type DecisionMode, type DecisionStep, type Modifier, type Procedure } from '../model/design.js';
import type { Condition } from '../model/condition.js';
import { toMinute } from '../model/time.js';
import type { Distribution } from '../model/distribution.js';
import { sample } from '../model/distribution.js';
import { decisionMachine, type PlannedStep } from '../machines/decisionMachine.js';
import { jointDecisionMachine } from '../machines/jointDecisionMachine.js';
import type { Run, Process } from './run.js';

export type Outcome = 'approved' | 'refused' | 'revoked';

/**
 * Political decisions: a request put to authorities, each deliberating through its procedure,
 * combined by a joint decision (all must approve, or NATO's silence procedure). Scenario
 * `stance:` events change the probability an authority approves a subject.
 */
export class Decisions {
  readonly #stances = new Map<AuthorityId, { pattern: string; approve: number }[]>();
  #next = 1;
  /** When the crisis began (the first hostile act): facts a meeting shared since then speed decisions. */
  #onset: number | undefined;

  constructor(private readonly run: Run) {
    if (run.model.design.meetings.length > 0) {
      run.vars.watch(FIRST_HOSTILE_ACT, (holds) => {
        if (holds && this.#onset === undefined) this.#onset = run.now;
      });
    }
  }

  /** A later stance for an overlapping pattern wins over an earlier one. */
  setStance(authority: AuthorityId, pattern: string, approve: number): void {
    const list = this.#stances.get(authority) ?? [];
    list.push({ pattern, approve });
    this.#stances.set(authority, list);
  }

  #approveProbability(authority: AuthorityId, subject: string, base: number): number {
    const list = this.#stances.get(authority);
    if (!list) return base;
    for (let i = list.length - 1; i >= 0; i--) {
      const { pattern, approve } = list[i]!;
      if (pattern === subject || (pattern.endsWith('*') && subject.startsWith(pattern.slice(0, -1)))) return approve;
    }
    return base;
  }

  /**
   * Puts `subject` to `authorities`. `onOutcome` hears `approved` or `refused` once, then
   * `revoked` if an after-the-fact step (Japan's Diet in an emergency) refuses later.
   */
  request(subject: string, decision: DecisionKind, authorities: readonly AuthorityId[], mode: DecisionMode, deadline: Distribution, onOutcome: (o: Outcome) => void): void {
    const run = this.run;
    const id = `req-${this.#next++}`;
    const requestSeq = run.log.emit({ type: 'request', request: id, subject, decision, authorities: [...authorities], mode, ...run.cause() });
    run.vars.set(`decision.${subject}`, 'pending');
    const members: Process[] = [];
    let settled = false;
    const deadlineMs = sample(deadline, run.rng.fork(`request/${subject}`));
    const joint = run.withCause(requestSeq, () =>
      run.start(`request.${id}`, 'joint-decision', jointDecisionMachine, { members: authorities.length, mode, deadline: deadlineMs }, (_from, to) => {
        if (to !== 'approved' && to !== 'refused' && to !== 'silence-broken') return;
        settled = true;
        const outcome = to === 'approved' ? 'approved' : 'refused';
        run.vars.set(`decision.${subject}`, outcome);
        // Members still deliberating have nothing left to decide once the request is settled
        // (a refusal, or silence kept to the deadline); ratifying members go on (Diet approval).
        for (const m of members) if (outcome === 'refused' || m.state === 'deliberating') run.stop(m);
        run.defer(() => onOutcome(outcome));
      }, false, true),
    );
    const design = run.model.design;
    for (const authorityId of authorities) {
      const authority = design.authorities.find((a) => a.id === authorityId);
      if (!authority) return run.fail(`request ${subject} names unknown authority ${authorityId}`);
      const procedure = procedureFor(authority, decision);
      if (!procedure) return run.fail(`authority ${authorityId} has no procedure for the decision ${decision} (${subject})`);
      const steps = this.#plan(authority, procedure, decision, subject);
      const member = run.withCause(requestSeq, () =>
        run.start(`decision.${id}.${authorityId}`, 'decision', decisionMachine, { steps }, (_from, to, snapshot) => {
          // The step that settled it: entering `ratifying` the machine has already moved on to
          // the first after-the-fact step, so the approving step is the one before (the Cabinet's
          // decision, not the Diet's approval that is still to come).
          const index = to === 'ratifying' && _from !== 'ratifying' && !steps[0]?.after ? snapshot.context.index - 1 : snapshot.context.index;
          const stepName = steps[Math.min(Math.max(index, 0), steps.length - 1)]?.name;
          const record = (outcome: Outcome) =>
            run.log.emit({ type: 'decision', request: id, authority: authorityId, subject, outcome, procedure: procedure.id, ...(stepName ? { step: stepName } : {}), ...run.cause() });
          if (to === 'refused') {
            const seq = record('refused');
            if (!settled) run.withCause(seq, () => run.send(joint, { type: 'MEMBER_REFUSED' }));
          } else if ((to === 'ratifying' && _from !== 'ratifying') || (to === 'approved' && _from !== 'ratifying')) {
            const seq = record('approved');
            if (!settled) run.withCause(seq, () => run.send(joint, { type: 'MEMBER_APPROVED' }));
          } else if (to === 'approved' && _from === 'ratifying') {
            // The after-the-fact step approved too (the Diet's approval after an emergency
            // order): recorded, though the request was settled when the order took effect.
            record('approved');
          } else if (to === 'revoked') {
            const seq = record('revoked');
            if (settled) run.defer(() => onOutcome('revoked'), seq);
          }
        }, false, true),
      );
      members.push(member);
    }
  }

  /**
   * Records the plans the governments adopted before the run (a pre-agreed sliding integration):
   * one request per plan and each adopting government's decision, taken beforehand, so the log
   * shows whose decision a planned transfer rests on.
   */
  recordPlans(): void {
    const run = this.run;
    for (const plan of run.model.design.plans) {
      const subject = `plan:${plan.id}`;
      const authorities = plan.adoptedBy.map((a) => a.authority);
      const id = `req-${this.#next++}`;
      const decision = plan.adoptedBy[0]!.decision;
      const requestSeq = run.log.emit({ type: 'request', request: id, subject, decision, authorities, mode: 'all', ...run.cause() });
      for (const adoption of plan.adoptedBy) {
        const authority = run.model.design.authorities.find((a) => a.id === adoption.authority)!;
        const procedure = procedureFor(authority, adoption.decision);
        run.log.emit({ type: 'decision', request: id, authority: authority.id, subject, outcome: 'approved', ...(procedure ? { procedure: procedure.id } : {}), step: adoption.step, cause: requestSeq });
      }
      run.vars.set(`decision.${subject}`, 'approved');
    }
  }

  /**
   * Draws each step of `procedure` for `authority`: its latency (scaled by the modifiers that
   * name the step, then shortened by meetings that speed it) and whether it approves.
   */
  #plan(authority: Authority, procedure: Procedure, decision: DecisionKind, subject: string): PlannedStep[] {
    const run = this.run;
    const streamName = `authority/${authority.id}`;
    const stream = run.rng.fork(streamName);
    const steps = procedure.steps.map((step) => {
      const applies = (m: Modifier) => (m.procedures === 'all' ? step.by !== 'parliament' : m.procedures.some((t) => targets(t, authority.id, decision, step)));
      return {
        step,
        name: step.name,
        latency: run.latency(streamName, step.latency, applies),
        approves: stream.next() < this.#approveProbability(authority.id, subject, step.approve),
        after: step.timing === 'after' || (step.afterWhen !== undefined && run.vars.holds(step.afterWhen)),
      };
    });
    // `after` steps only make sense once every `before` step is done: keep that order.
    steps.sort((a, b) => Number(a.after) - Number(b.after));
    // Steps run one after another, so each starts when the one before it ends.
    let startsAt = run.now;
    return steps.map(({ step, name, latency, approves, after }) => {
      const shortened = this.#meetingLatency(authority.id, decision, step, startsAt, latency);
      startsAt += shortened;
      return { name, latency: shortened, approves, after };
    });
  }

  /**
   * A step's time given the design's meetings that speed it (report p. 22): if a meeting has been
   * held since the crisis began, the facts are shared and the step keeps `remaining` of its time;
   * otherwise it may wait for the next meeting, when that is quicker than going without.
   */
  #meetingLatency(authority: AuthorityId, decision: DecisionKind, step: DecisionStep, startsAt: number, latency: number): number {
    const { meetings } = this.run.model.design;
    if (meetings.length === 0 || step.by === 'parliament') return latency;
    const start = this.run.model.start;
    const onset = this.#onset ?? this.run.now;
    let best = latency;
    for (const m of meetings) {
      if (!m.speeds.some((t) => targets(t, authority, decision, step))) continue;
      const held = Math.floor((startsAt - start) / m.interval);
      const last = start + held * m.interval;
      const kept = m.remaining * latency;
      const candidate = held >= 1 && last >= onset ? kept : start + (held + 1) * m.interval - startsAt + kept;
      best = Math.min(best, toMinute(candidate));
    }
    return best;
  }
}

const FIRST_HOSTILE_ACT: Condition = { kind: 'compare', variable: 'hostile-acts', op: 'gte', value: 1 };
