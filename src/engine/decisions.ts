import type { AuthorityId, DecisionMode, Modifier } from '../model/design.js';
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

  constructor(private readonly run: Run) {}

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
  request(subject: string, authorities: readonly AuthorityId[], mode: DecisionMode, deadline: Distribution, onOutcome: (o: Outcome) => void): void {
    const run = this.run;
    const id = `req-${this.#next++}`;
    const requestSeq = run.log.emit({ type: 'request', request: id, subject, authorities: [...authorities], mode, ...run.cause() });
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
      const stream = run.rng.fork(`authority/${authorityId}`);
      const applies = (m: Modifier) => m.authorities === 'all' || m.authorities.includes(authorityId);
      const steps: PlannedStep[] = authority.procedure.map((step) => ({
        name: step.name,
        latency: run.latency(`authority/${authorityId}`, step.latency, applies),
        approves: stream.next() < this.#approveProbability(authorityId, subject, step.approve),
        after: step.timing === 'after' || (step.afterWhen !== undefined && run.vars.holds(step.afterWhen)),
      }));
      // `after` steps only make sense once every `before` step is done: keep that order.
      steps.sort((a, b) => Number(a.after) - Number(b.after));
      const member = run.withCause(requestSeq, () =>
        run.start(`decision.${id}.${authorityId}`, 'decision', decisionMachine, { steps }, (_from, to, snapshot) => {
          const stepName = steps[Math.min(snapshot.context.index, steps.length - 1)]?.name;
          const record = (outcome: Outcome) =>
            run.log.emit({ type: 'decision', request: id, authority: authorityId, subject, outcome, ...(stepName ? { step: stepName } : {}), ...run.cause() });
          if (to === 'refused') {
            const seq = record('refused');
            if (!settled) run.withCause(seq, () => run.send(joint, { type: 'MEMBER_REFUSED' }));
          } else if ((to === 'ratifying' && _from !== 'ratifying') || (to === 'approved' && _from !== 'ratifying')) {
            const seq = record('approved');
            if (!settled) run.withCause(seq, () => run.send(joint, { type: 'MEMBER_APPROVED' }));
          } else if (to === 'revoked') {
            const seq = record('revoked');
            if (settled) run.defer(() => onOutcome('revoked'), seq);
          }
        }, false, true),
      );
      members.push(member);
    }
  }
}
