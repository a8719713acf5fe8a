import { describeCondition } from '../model/condition.js';
import type { CommandRecord, ConstraintRecord } from '../model/records.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { hqOnce } from './narrationMemory.js';
import { commandedBy, commanderOf, forceName, hqName, listOf, nationAdjective, shortList, when, withArticle } from './phrases.js';

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

/**
 * One rule's command records at one instant, as one sentence listing the forces: a transfer
 * (the rule's holder is the new holder) or a return.
 */
export function narrateCommands(ctx: NarrationContext, mem: NarrationMemory, group: readonly CommandRecord[]): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const rule = ctx.rules.get(first.rule);
  const rel = first.relationship.toUpperCase();
  const isReturn = rule ? first.to !== rule.to : false;
  const names = group.map((c) => forceName(ctx, c.force));
  const froms = [...new Set(group.map((c) => c.from))];
  const tos = [...new Set(group.map((c) => c.to))];
  const fromText = listOf(froms.map((h) => hqOnce(ctx, mem, h)));
  // The receiving commander's nationality is the point of a transfer, so it is always told.
  const toText = listOf(
    tos.map((h) => {
      const name = hqName(ctx, h);
      mem.introducedHq.add(h ?? '');
      const by = h ? commandedBy(ctx, h) : '';
      return by && !isReturn ? `${name} (commanded by ${by})` : name;
    }),
  );
  const ruleText = rule ? ` under the rule "${rule.name}"` : first.rule ? ` under "${first.rule}"` : '';
  const seq: [number, number] = [first.seq, group[group.length - 1]!.seq];
  const sentences = isReturn
    ? [
        `${when(ctx, t)} ${rel} of ${shortList(names)} returned from ${fromText} to ${toText}${ruleText}${rule ? `, because its return condition holds (${describeCondition(rule.returnWhen)})` : ''}.`,
      ]
    : [
        `${when(ctx, t)} ${rel} of ${shortList(names)} passed from ${fromText} to ${toText}${ruleText}${rule ? ` (it applies when ${describeCondition(rule.when)})` : ''}.`,
        foreignCommand(ctx, group),
        staysNational(ctx, mem, group.map((c) => c.force)),
      ];
  sentences.push(whySentence(ctx, first.cause));
  return draft(t, seq, isReturn ? 'return' : 'transfer', sentences, rule ?? {});
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
      `${when(ctx, t)} this design puts ${nationAdjective(first.nation)} forces (${shortList(names)}) under the ${first.relationship.toUpperCase()} of ${hqOnce(ctx, mem, first.holder)}, whose commander is ${nationAdjective(first.commander)}.`,
      `${nationAdjective(first.nation)} law does not allow that (${first.law}): the design would need a legal change, and opcon counts it as a national constraint violation.`,
    ],
    constraint ?? {},
  );
}
