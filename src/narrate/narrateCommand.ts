import { describeCondition } from '../model/condition.js';
import type { CommandRecord, ConstraintRecord } from '../model/records.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { hqOnce } from './narrationMemory.js';
import { appliesWhen, commandedBy, commanderOf, forceName, hqName, listOf, nationAdjective, shortList, when, withArticle } from './phrases.js';

/**
 * For the first transfer touching a nation's forces: what does not move. National command (COCOM
 * for U.S. forces) and ADCON stay in national channels whatever OPCON does (PDD-25; JP 1).
 */
function staysNational(ctx: NarrationContext, mem: NarrationMemory, forceIds: readonly string[]): string {
  const out: string[] = [];
  const nations = [...new Set(forceIds.map((id) => ctx.forces.get(id)?.nation).filter((n): n is string => n !== undefined))];
  for (const n of nations) {
    if (mem.nationalExplained.has(n)) continue;
    mem.nationalExplained.add(n);
    const mine = forceIds.map((id) => ctx.forces.get(id)!).filter((f) => f?.nation === n);
    const national = [...new Set(mine.map((f) => hqName(ctx, f.national)))];
    const adcon = [...new Set(mine.map((f) => hqName(ctx, f.adcon)))];
    const kind = n === 'US' ? 'COCOM (national command)' : 'National command';
    out.push(`${kind} of the ${nationAdjective(n)} forces stays with ${listOf(national)}, and ADCON stays with ${listOf(adcon)}: only the operational chain moves.`);
  }
  return out.join(' ');
}

/** `The ROK forces now answer operationally to a U.S. commander.` when the commander is foreign. */
function foreignCommand(ctx: NarrationContext, group: readonly CommandRecord[]): string {
  const first = group[0]!;
  const commander = first.to ? commanderOf(ctx, first.to) : undefined;
  if (!commander) return '';
  const foreign = [...new Set(group.map((c) => ctx.forces.get(c.force)?.nation).filter((n): n is string => n !== undefined && n !== commander))];
  if (foreign.length === 0) return '';
  const rel = first.relationship === 'opcon' ? 'operationally' : 'tactically';
  return `The ${listOf(foreign.map(nationAdjective))} forces among them now answer ${rel} to ${withArticle(nationAdjective(commander))} commander.`;
}

/** `2nd Infantry Division and 35th ADA Brigade to Eighth Army; 51st Fighter Wing to Seventh Air Force`. */
function byDestination(ctx: NarrationContext, group: readonly CommandRecord[]): string {
  const to = new Map<string, string[]>();
  for (const c of group) to.set(c.to ?? '', [...(to.get(c.to ?? '') ?? []), forceName(ctx, c.force)]);
  if (to.size === 1) return `${shortList(to.values().next().value!)} returned from ${listOf([...new Set(group.map((c) => hqName(ctx, c.from)))])} to ${hqName(ctx, group[0]!.to)}`;
  const parts = [...to].map(([hq, names]) => `${shortList(names)} to ${hqName(ctx, hq || null)}`);
  return `the following returned from ${listOf([...new Set(group.map((c) => hqName(ctx, c.from)))])} to their own headquarters: ${parts.join('; ')}`;
}

/**
 * One rule's command records at one instant, as one step listing the forces: a transfer (the
 * rule's holder is the new holder) or a return. A rule moving some forces each way at once
 * gives one step for each direction.
 */
export function narrateCommands(ctx: NarrationContext, mem: NarrationMemory, group: readonly CommandRecord[]): NarrationDraft[] {
  const rule = ctx.rules.get(group[0]!.rule);
  const returns = rule ? group.filter((c) => c.to !== rule.to) : [];
  const transfers = group.filter((c) => !returns.includes(c));
  const out: NarrationDraft[] = [];
  if (transfers.length > 0) out.push(narrateTransfer(ctx, mem, transfers));
  if (returns.length > 0) out.push(narrateReturn(ctx, returns));
  return out;
}

function narrateReturn(ctx: NarrationContext, group: readonly CommandRecord[]): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const rule = ctx.rules.get(first.rule);
  const rel = first.relationship.toUpperCase();
  const ruleText = rule ? ` under the rule "${rule.name}", because its return condition holds (${describeCondition(rule.returnWhen)})` : ` under "${first.rule}"`;
  const seq: [number, number] = [first.seq, group[group.length - 1]!.seq];
  return draft(t, seq, 'return', [`${when(ctx, t)} ${rel} of ${byDestination(ctx, group)}${ruleText}.`, whySentence(ctx, first.cause)], rule ?? {});
}

function narrateTransfer(ctx: NarrationContext, mem: NarrationMemory, group: readonly CommandRecord[]): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const rule = ctx.rules.get(first.rule);
  const rel = first.relationship.toUpperCase();
  const names = group.map((c) => forceName(ctx, c.force));
  const froms = [...new Set(group.map((c) => c.from))];
  const tos = [...new Set(group.map((c) => c.to))];
  const fromText = listOf(froms.map((h) => hqOnce(ctx, mem, h)));
  // The receiving commander's nationality is the point of a transfer, so it is always told.
  const toText = listOf(
    tos.map((h) => {
      if (h !== null) mem.introducedHq.add(h);
      const by = h ? commandedBy(ctx, h) : '';
      return by ? `${hqName(ctx, h)} (commanded by ${by})` : hqName(ctx, h);
    }),
  );
  const ruleText = rule ? ` under the rule "${rule.name}" (it applies ${appliesWhen(rule.when)})` : first.rule ? ` under "${first.rule}"` : '';
  const seq: [number, number] = [first.seq, group[group.length - 1]!.seq];
  return draft(
    t,
    seq,
    'transfer',
    [
      `${when(ctx, t)} ${rel} of ${shortList(names)} passed from ${fromText} to ${toText}${ruleText}.`,
      foreignCommand(ctx, group),
      staysNational(ctx, mem, group.map((c) => c.force)),
      whySentence(ctx, first.cause),
    ],
    rule ?? {},
  );
}

/**
 * Transfers a nation's law does not allow, grouped per rule and instant: the design still runs
 * them so an analyst sees the cost, and the step names the law that would need changing.
 */
export function narrateConstraints(ctx: NarrationContext, mem: NarrationMemory, group: readonly ConstraintRecord[]): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const names = group.map((c) => forceName(ctx, c.force));
  const constraint = ctx.result.model.design.constraints.find((c) => c.nation === first.nation);
  const seq: [number, number] = [first.seq, group[group.length - 1]!.seq];
  return draft(
    t,
    seq,
    'constraint',
    [
      `${when(ctx, t)} this design puts ${nationAdjective(first.nation)} forces (${shortList(names)}) under the ${first.relationship.toUpperCase()} of ${hqOnce(ctx, mem, first.holder)}, whose commander is ${withArticle(nationAdjective(first.commander))} officer.`,
      `${nationAdjective(first.nation)} law does not allow that (${first.law}): the design would need a legal change, and opcon counts it as a national constraint violation.`,
    ],
    constraint ?? {},
  );
}
