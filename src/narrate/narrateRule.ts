import { describeCondition } from '../model/condition.js';
import type { TransferRule } from '../model/design.js';
import type { StateRecord } from '../model/records.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { hqOnce } from './narrationMemory.js';
import { authorityName, distributionPhrase, listOf, selectorPhrase, when } from './phrases.js';

/**
 * A transfer rule's handover moving on. Only the states a reader needs are told: waiting for
 * approval, transferring (with how long it takes), refused (and whether it will ask again) and
 * returning. `transferred` and `inactive` are told by the command records that follow them.
 */
export function narrateRule(ctx: NarrationContext, mem: NarrationMemory, r: StateRecord): NarrationDraft | undefined {
  const id = r.machine.slice('rule.'.length);
  const rule = ctx.rules.get(id);
  if (!rule) return undefined;
  const t = timeOf(r, ctx.start);
  const at = when(ctx, t);
  const rel = rule.relationship.toUpperCase();
  const forces = selectorPhrase(ctx, rule.forces);
  const cond = describeCondition(rule.when);
  const approvers = rule.approvals.map((a) => `the ${authorityName(ctx, a)}`);
  const why = whySentence(ctx, r.cause);
  switch (r.to) {
    case 'awaiting-approval':
      return draft(t, [r.seq, r.seq], 'rule', [
        `${at} the condition of the rule "${rule.name}" holds (${cond}).`,
        `Before ${rel} of ${forces} can move to ${hqOnce(ctx, mem, rule.to)}, ${listOf(approvers)} must approve${approvers.length > 1 && rule.mode === 'all' ? '; any one of them can block it' : ''}.`,
        why,
      ], rule);
    case 'transferring': {
      const agreed = r.from === 'awaiting-approval' ? 'The approvals are in,' : rule.approvals.length === 0 ? 'The transfer was agreed in advance, so no one is asked again,' : 'The rule proceeds,';
      return draft(t, [r.seq, r.seq], 'rule', [
        `${at} the rule "${rule.name}" is triggered: its condition (${cond}) holds.`,
        rule.latency.kind === 'fixed' && rule.latency.value === 0
          ? `${agreed} and the handover of ${rel} of ${forces} to ${hqOnce(ctx, mem, rule.to)} takes effect at once.`
          : `${agreed} and the handover of ${rel} of ${forces} to ${hqOnce(ctx, mem, rule.to)} takes ${distributionPhrase(rule.latency)} to become effective.`,
        r.from === 'awaiting-approval' ? '' : why,
      ], rule);
    }
    case 'refused':
      return draft(t, [r.seq, r.seq], 'refusal', [
        `${at} the rule "${rule.name}" was refused, so ${rel} of ${forces} does not move to ${hqOnce(ctx, mem, rule.to)}.`,
        reconsiderPhrase(rule),
      ], rule);
    case 'returning':
      return draft(t, [r.seq, r.seq], 'rule', [
        `${at} the return condition of the rule "${rule.name}" holds (${describeCondition(rule.returnWhen)}).`,
        `${rel} of ${forces} goes back after ${distributionPhrase(rule.returnLatency)}.`,
        why,
      ], rule);
    default:
      return undefined;
  }
}

/** When a refused rule is asked again (docs/mechanisms.md "Reconsideration"). */
function reconsiderPhrase(rule: TransferRule): string {
  const how = rule.reconsider;
  if (how === 'never' || !rule.retry) return 'The rule does not ask again in this run.';
  const ways = [
    how.after ? `${distributionPhrase(how.after)} after the refusal` : '',
    how.onEscalation ? 'when the crisis grows graver' : '',
    how.when ? `when ${describeCondition(how.when)}` : '',
    'the next time its condition becomes true',
  ].filter((w) => w !== '');
  return `The rule will ask again ${ways.slice(0, -1).join(', ')}${ways.length > 1 ? ' or ' : ''}${ways.at(-1)}.`;
}
