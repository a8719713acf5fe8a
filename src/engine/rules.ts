import type { Modifier, Reconsideration, TransferRule } from '../model/design.js';
import { sample } from '../model/distribution.js';
import type { LevelName } from '../model/theater.js';
import { rank } from './variables.js';
import { PRIORITY } from './simClock.js';
import { handoverMachine } from '../machines/handoverMachine.js';
import type { Run, Process } from './run.js';
import type { Decisions } from './decisions.js';
import type { CommandState } from './commandState.js';

/**
 * Transfer rules: one handover machine each. The engine turns condition edges into machine
 * events and machine states into effects: asking for approval, moving forces, returning them.
 */
export function startRules(run: Run, decisions: Decisions, commands: CommandState): void {
  for (const rule of run.model.design.rules) startRule(run, decisions, commands, rule);
}

function startRule(run: Run, decisions: Decisions, commands: CommandState, rule: TransferRule): void {
  const stream = `rule/${rule.id}`;
  const applies = (m: Modifier) => m.rules === 'all' || m.rules.includes(rule.id);
  const latency = () => run.latency(stream, rule.latency, applies);
  const returnLatency = () => run.latency(stream, rule.returnLatency, applies);
  const variable = `rule.${rule.id}`;
  run.vars.set(variable, 'inactive');

  // Which request the machine is waiting on: an answer to a request the rule has since dropped
  // (its condition lapsed, then came back and asked again) must not move forces.
  let asking = 0;
  const proc: Process = run.start(`rule.${rule.id}`, 'handover', handoverMachine, { retry: rule.retry }, (from, to) => {
    if (from === to) return;
    run.vars.set(variable, to);
    if (from === 'awaiting-approval' && to === 'inactive') asking++;
    if (to === 'awaiting-approval') {
      const mine = ++asking;
      decisions.request(`rule:${rule.id}`, rule.decision, rule.approvals, rule.mode, rule.deadline, (outcome) => {
        if (mine !== asking) return;
        if (outcome === 'approved') run.send(proc, { type: 'APPROVED', latency: latency() });
        else if (outcome === 'refused') run.send(proc, { type: 'REFUSED' });
        else if (proc.state === 'transferred') run.send(proc, { type: 'RELEASE', latency: returnLatency() });
        else run.send(proc, { type: 'CANCEL' });
      });
    } else if (to === 'transferring') {
      // Forces held by another hat of the target's officer change hands now: no transfer time.
      commands.transfer(rule, true);
    } else if (to === 'transferred') {
      commands.transfer(rule);
      // The return condition may already hold (a short crisis): go back at once.
      if (returnWatcher.last) run.send(proc, { type: 'RELEASE', latency: returnLatency() });
    } else if (to === 'returning') {
      commands.release(rule, true);
    } else if (to === 'inactive' && (from === 'returning' || from === 'transferring')) {
      // From transferring: cancelled before effect; only hat changes made at its start go back.
      commands.release(rule);
    }
  });

  if (rule.approvals.length > 0 && rule.reconsider !== 'never') reconsider(run, rule, rule.reconsider, proc, latency);

  run.vars.watch(rule.when, (holds) => {
    if (holds) {
      if (proc.state === 'inactive' || proc.state === 'refused') {
        run.send(proc, { type: 'TRIGGER', needsApproval: rule.approvals.length > 0, latency: latency() });
      }
    } else if (proc.state === 'awaiting-approval' || proc.state === 'transferring') {
      run.send(proc, { type: 'CANCEL' });
    }
  });
  const returnWatcher = run.vars.watch(rule.returnWhen, (holds) => {
    if (!holds) return;
    if (proc.state === 'transferred') run.send(proc, { type: 'RELEASE', latency: returnLatency() });
    else if (proc.state === 'awaiting-approval' || proc.state === 'transferring') run.send(proc, { type: 'CANCEL' });
  });
}

/** Levels whose growing gravity is an escalation (posture is unordered: it never is). */
const ESCALATION_LEVELS: readonly LevelName[] = ['defcon', 'watchcon', 'phase', 'situation'];

/**
 * Puts a refused transfer to its authorities again while its condition holds, as the rule's
 * `reconsider:` says: after an interval, when the crisis grows graver, or when a condition
 * becomes true (docs/mechanisms.md "Reconsideration"). The interval is drawn on its own stream
 * so a reconsideration never shifts the rule's other draws.
 */
function reconsider(run: Run, rule: TransferRule, how: Reconsideration, proc: Process, latency: () => number): void {
  const askAgain = () => {
    if (proc.state === 'refused' && run.vars.holds(rule.when)) run.send(proc, { type: 'TRIGGER', needsApproval: true, latency: latency() });
  };
  if (how.onEscalation) {
    for (const level of ESCALATION_LEVELS) {
      run.vars.listen(level, (value, previous) => {
        if (previous === undefined) return;
        const now = rank(level, value);
        const before = rank(level, previous);
        if (now !== undefined && before !== undefined && now > before) askAgain();
      });
    }
  }
  if (how.when) run.vars.watch(how.when, (holds) => holds && askAgain());
  const after = how.after;
  if (after) {
    const stream = run.rng.fork(`rule/${rule.id}/reconsider`);
    let refusals = 0;
    run.vars.watch({ kind: 'compare', variable: `rule.${rule.id}`, op: 'eq', value: 'refused' }, (refused) => {
      if (!refused) return;
      const mine = ++refusals;
      run.clock.schedule(run.now + sample(after, stream), PRIORITY.process, () => {
        // Only the latest refusal's timer asks: an earlier one may outlive a second refusal.
        if (mine === refusals) askAgain();
      });
    });
  }
}
