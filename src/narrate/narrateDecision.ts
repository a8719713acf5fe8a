import { procedureFor, type DecisionMode, type Provenance } from '../model/design.js';
import { describeCondition } from '../model/condition.js';
import type { DecisionRecord, RequestRecord } from '../model/records.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { gateFor } from './narrateEvent.js';
import { authorityName, capitalize, distributionPhrase, levelLabel, levelValue, listOf, subjectPhrase, when } from './phrases.js';

/** The design element that makes a subject need approval: a gate for levels, a rule for `rule:ID`. */
function governing(ctx: NarrationContext, subject: string): { label: string; provenance: Provenance; mode: DecisionMode } | undefined {
  const i = subject.indexOf(':');
  if (i < 0) return undefined;
  const head = subject.slice(0, i);
  const tail = subject.slice(i + 1);
  if (head === 'plan') {
    const plan = ctx.result.model.design.plans.find((p) => p.id === tail);
    return plan ? { label: `the plan "${plan.name}", agreed in advance,`, provenance: plan, mode: 'all' } : undefined;
  }
  if (head === 'rule') {
    const rule = ctx.rules.get(tail);
    return rule ? { label: `the rule "${rule.name}"`, provenance: rule, mode: rule.mode } : undefined;
  }
  const gate = gateFor(ctx, head, levelValue(head, tail));
  return gate ? { label: `the design's gate "${gate.id}"`, provenance: gate, mode: gate.mode } : undefined;
}

/** How the answers combine, in words, and by which procedure each authority decides. */
function modeSentence(ctx: NarrationContext, r: RequestRecord, under: string): string {
  const names = r.authorities.map((a) => `the ${authorityName(ctx, a)}`);
  if (names.length === 0) return `${under}No one needs to approve it: it was agreed in advance.`;
  const kind = r.decision && r.decision !== 'any' ? ` It is a ${r.decision.replace(/-/g, ' ')} decision.` : '';
  if (r.mode === 'silence') {
    const rule = ctx.rules.get(r.subject.replace(/^rule:/, ''));
    const deadline = rule ? ` within ${distributionPhrase(rule.deadline)}` : '';
    return `${under}Under the silence procedure it passes unless ${listOf(names)} break silence${deadline}.${kind}`;
  }
  if (names.length === 1) return `${under}It needs the approval of ${names[0]}${procedurePhrase(ctx, r.authorities[0]!, r.decision)}.${kind}`;
  return `${under}It needs the approval of ${listOf(names)}, by consensus: any one of them can block it, and one still deliberating has not agreed.${kind}`;
}

/** `, by its procedure "…": step, then step (afterwards while …)`, or nothing when unknown. */
function procedurePhrase(ctx: NarrationContext, authorityId: string, decision: string | undefined): string {
  const a = ctx.authorities.get(authorityId);
  const p = a && decision ? procedureFor(a, decision) : undefined;
  if (!p) return '';
  const steps = p.steps.map((s) => `${s.name}${s.timing === 'after' ? ' (afterwards)' : s.afterWhen ? ` (afterwards while ${describeCondition(s.afterWhen)})` : ''}`);
  const named = p.decisions.includes('any') ? '' : ` "${p.name}"`;
  return `, by its procedure${named}: ${steps.join(', then ')}`;
}

/** A proposal put to national authorities: what, under which gate or rule, and how it is decided. */
export function narrateRequest(ctx: NarrationContext, r: RequestRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const gov = governing(ctx, r.subject);
  const ev = r.cause !== undefined ? ctx.bySeq.get(r.cause) : undefined;
  const evModel = ev?.type === 'event' ? ctx.events.get(ev.id) : undefined;
  const provenance = gov?.provenance ?? { source: ev?.type === 'event' ? ev.source ?? evModel?.source : undefined, assumption: evModel?.assumption };
  const plan = r.subject.startsWith('plan:') ? ctx.result.model.design.plans.find((p) => `plan:${p.id}` === r.subject) : undefined;
  if (plan) {
    const by = listOf(r.authorities.map((a) => `the ${authorityName(ctx, a)}`));
    return draft(t, [r.seq, r.seq], 'request', [
      `${when(ctx, t)} ${subjectPhrase(ctx, r.subject)} is in force, adopted beforehand by ${by}: a transfer under it needs no decision at the time, only its circumstances (${describeCondition(plan.circumstances)}).`,
    ], plan);
  }
  return draft(
    t,
    [r.seq, r.seq],
    'request',
    [
      `${when(ctx, t)} ${subjectPhrase(ctx, r.subject)} was proposed.`,
      modeSentence(ctx, r, gov ? `${capitalize(gov.label)} governs it. ` : ''),
      ev?.type === 'event' ? '' : whySentence(ctx, r.cause),
    ],
    provenance,
  );
}

/**
 * Where a decision's model comes from: the authority's own citation and the settling step's
 * citation or assumption (the step's numbers are usually the assumption).
 */
function stepProvenance(ctx: NarrationContext, r: DecisionRecord): Provenance {
  const a = ctx.authorities.get(r.authority);
  const adoption = r.subject.startsWith('plan:') ? ctx.result.model.design.plans.find((p) => `plan:${p.id}` === r.subject)?.adoptedBy.find((x) => x.authority === r.authority) : undefined;
  if (adoption) return { ...(adoption.source ? { source: adoption.source } : {}), ...(adoption.assumption ? { assumption: adoption.assumption } : {}) };
  const procedure = a?.procedures.find((p) => p.id === r.procedure) ?? a?.procedures[0];
  const step = procedure?.steps.find((s) => s.name === r.step);
  const source = [a?.source, procedure?.source, step?.source].filter((x): x is string => !!x && x.length > 0);
  const assumption = step?.assumption ?? a?.assumption;
  return { ...(source.length > 0 ? { source: [...new Set(source)].join('; ') } : {}), ...(assumption ? { assumption } : {}) };
}

/** What stays in place when a subject is refused. */
function consequence(ctx: NarrationContext, mem: NarrationMemory, subject: string): string {
  const i = subject.indexOf(':');
  const head = i > 0 ? subject.slice(0, i) : '';
  if (head === 'rule') return 'the forces stay under their present command';
  const current = mem.levels.get(head);
  if (current !== undefined) return `the theater stays at ${levelLabel(head, current)}`;
  return `"${subject}" is not approved`;
}

/**
 * An authority's answer. Approvals say whether more are awaited; refusals and revocations say
 * what the refusal blocks and why one refusal is enough.
 */
export function narrateDecision(ctx: NarrationContext, mem: NarrationMemory, r: DecisionRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const who = `the ${authorityName(ctx, r.authority)}`;
  const what = subjectPhrase(ctx, r.subject);
  const how = r.step ? ` (${r.step})` : '';
  const req = ctx.requests.get(r.request);
  const provenance = stepProvenance(ctx, r);
  if (r.outcome === 'approved') {
    const answered = new Set((ctx.decisions.get(r.request) ?? []).filter((d) => d.seq <= r.seq && d.outcome === 'approved').map((d) => d.authority));
    const waiting = (req?.authorities ?? []).filter((a) => !answered.has(a)).map((a) => `the ${authorityName(ctx, a)}`);
    const more = req?.mode === 'silence' || r.subject.startsWith('plan:') ? '' : waiting.length > 0 ? `Still waiting for ${listOf(waiting)}.` : req && req.authorities.length > 1 ? 'That completes the approvals needed.' : '';
    // A second approval by the same authority is its after-the-fact step (the Diet after an emergency order).
    const again = (ctx.decisions.get(r.request) ?? []).some((d) => d.seq < r.seq && d.authority === r.authority && d.outcome === 'approved');
    if (again) return draft(t, [r.seq, r.seq], 'decision', [`${when(ctx, t)} ${who} confirmed ${what} afterwards${how}: the decision had taken effect before this step.`], provenance);
    const beforehand = r.subject.startsWith('plan:') ? ', beforehand: the plan was adopted before the crisis' : '';
    return draft(t, [r.seq, r.seq], 'decision', [`${when(ctx, t)} ${who} approved ${what}${how}${beforehand}.`, more], provenance);
  }
  if (r.outcome === 'revoked') {
    return draft(t, [r.seq, r.seq], 'refusal', [
      `${when(ctx, t)} ${who} revoked ${what}${how}: the decision had taken effect before this step, and the step's refusal now withdraws it.`,
    ], provenance);
  }
  const why =
    req?.mode === 'silence'
      ? `By breaking silence, ${who} stops the proposal, so ${consequence(ctx, mem, r.subject)}.`
      : (req?.authorities.length ?? 0) > 1
        ? `Because every one of ${listOf(req!.authorities.map((a) => `the ${authorityName(ctx, a)}`))} must agree, one refusal is enough: ${consequence(ctx, mem, r.subject)}.`
        : `${capitalize(consequence(ctx, mem, r.subject))}.`;
  return draft(t, [r.seq, r.seq], 'refusal', [`${when(ctx, t)} ${who} refused ${what}${how}.`, why], provenance);
}
