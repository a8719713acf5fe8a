import { describeCondition } from '../model/condition.js';
import { officerOf, sameOfficer, TERM_LABEL, type CommandTerm } from '../model/design.js';
import type { CommandRecord, ConstraintRecord, SupportRecord } from '../model/records.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { hqOnce } from './narrationMemory.js';
import { appliesWhen, commandedBy, commanderOf, forceName, hqName, listOf, nationAdjective, shortList, shortName, when, withArticle } from './phrases.js';

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
    const adcon = [...new Set(mine.map((f) => f.adcon))];
    const service = adcon.every((h) => ctx.hq.get(h)?.role === 'service') ? ' in Service channels' : '';
    const kind = n === 'US' ? 'COCOM (national command, never transferred)' : 'National command';
    out.push(`${kind} of the ${nationAdjective(n)} forces stays with ${listOf(national)}, and ADCON stays${service} with ${listOf(adcon.map((h) => hqName(ctx, h)))}: only the operational chain moves.`);
  }
  return out.join(' ');
}

/** `, the officer who is also Commander, U.S. Forces Korea and UNC` for a multi-hatted commander. */
function officerPhrase(ctx: NarrationContext, hq: string): string {
  const o = officerOf(ctx.result.model.design, hq);
  return o ? `; its commander, ${shortName(o.title)}, also heads ${listOf(o.heads.filter((h) => h !== hq).map((h) => hqName(ctx, h)))}` : '';
}

/** Says when a transfer was only a change of hats of one officer, which takes no time. */
function hatChange(ctx: NarrationContext, group: readonly CommandRecord[]): string {
  const design = ctx.result.model.design;
  const hats = group.filter((c) => sameOfficer(design, c.from, c.to));
  if (hats.length === 0) return '';
  const o = officerOf(design, hats[0]!.to)!;
  return `For ${hats.length === group.length ? 'these forces' : shortList(hats.map((c) => forceName(ctx, c.force)))} it is a change of hats: one officer, ${shortName(o.title)}, commands both headquarters, so the handover takes no transfer time.`;
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
  const term = first.term ? TERM_LABEL[first.term as CommandTerm] ?? first.term : undefined;
  if (group.every((c) => c.from === c.to)) return narrateTermChange(ctx, group, term ?? rel);
  const froms = [...new Set(group.map((c) => c.from))];
  const tos = [...new Set(group.map((c) => c.to))];
  const fromText = listOf(froms.map((h) => hqOnce(ctx, mem, h)));
  // The receiving commander's nationality is the point of a transfer, so it is always told.
  const toText = listOf(
    tos.map((h) => {
      if (h !== null) mem.introducedHq.add(h);
      const by = h ? commandedBy(ctx, h) : '';
      return by ? `${hqName(ctx, h)} (commanded by ${by}${officerPhrase(ctx, h!)})` : hqName(ctx, h);
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
      term ? `What passes is ${term} in the doctrine of those who grant it, held in opcon's ${rel} column.` : '',
      hatChange(ctx, group),
      foreignCommand(ctx, group),
      staysNational(ctx, mem, group.map((c) => c.force)),
      whySentence(ctx, first.cause),
    ],
    rule ?? {},
  );
}

/** The same holder keeps the forces under another doctrinal term (command authority to OPCON). */
function narrateTermChange(ctx: NarrationContext, group: readonly CommandRecord[], term: string): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const rule = ctx.rules.get(first.rule);
  const seq: [number, number] = [first.seq, group[group.length - 1]!.seq];
  return draft(
    t,
    seq,
    'transfer',
    [
      `${when(ctx, t)} ${hqName(ctx, first.to)} keeps ${shortList(group.map((c) => forceName(ctx, c.force)))}, but now holds ${term}${rule ? ` under the rule "${rule.name}"` : ''}: the basis of its command changed, not the commander.`,
      whySentence(ctx, first.cause),
    ],
    rule ?? {},
  );
}

/**
 * A support relationship beginning or ending: the supporting commanders aid the supported one,
 * who directs the effort; no command over forces passes (JP 1).
 */
export function narrateSupport(ctx: NarrationContext, r: SupportRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const relation = ctx.result.model.design.support.find((s) => s.id === r.id);
  const supporting = listOf(r.supporting.map((h) => hqName(ctx, h)));
  const sentences = r.active
    ? [
        `${when(ctx, t)} ${supporting} ${r.supporting.length > 1 ? 'become supporting commanders' : 'becomes the supporting commander'} of ${hqName(ctx, r.supported)}, the supported commander (${r.kind} support${relation ? `, ${appliesWhen(relation.when)}` : ''}).`,
        'The supported commander directs the effort; the supporting one aids, protects or sustains it, keeping command of its own forces: support moves no OPCON.',
      ]
    : [`${when(ctx, t)} ${supporting} no longer ${r.supporting.length > 1 ? 'support' : 'supports'} ${hqName(ctx, r.supported)}.`];
  return draft(t, [r.seq, r.seq], 'support', [...sentences, whySentence(ctx, r.cause)], relation ?? {});
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
      `${nationAdjective(first.nation)} law and agreements do not allow that${constraint?.holders ? ` (they allow foreign command only by ${listOf(constraint.holders.map((h) => hqName(ctx, h)))})` : ''} (${first.law}): the design would need a legal change, and opcon counts it as a national constraint violation.`,
    ],
    constraint ?? {},
  );
}
