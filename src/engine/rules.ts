import type { Modifier, TransferRule } from '../model/design.js';
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
    } else if (to === 'transferred') {
      commands.transfer(rule);
      // The return condition may already hold (a short crisis): go back at once.
      if (returnWatcher.last) run.send(proc, { type: 'RELEASE', latency: returnLatency() });
    } else if (to === 'inactive' && from === 'returning') {
      commands.release(rule);
    }
  });

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
