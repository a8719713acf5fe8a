import { describeCondition, type Condition } from '../model/condition.js';
import type { Distribution } from '../model/distribution.js';
import type { ForceSelector } from '../model/force.js';
import type { Scalar } from '../model/theater.js';
import { LEVELS, type LevelName } from '../model/theater.js';
import type { SimTime } from '../model/time.js';
import { formatDuration, formatIso, formatRelative } from '../model/time.js';
import type { NarrationContext } from './narrationContext.js';

/**
 * Small English phrase builders shared by the narrators. They only format: every fact they
 * print comes from the design, the scenario or a record.
 */

/** Adjectives for nation codes; an unknown code reads as itself (`NZ forces`). */
const ADJECTIVES: Readonly<Record<string, string>> = {
  US: 'U.S.',
  ROK: 'ROK',
  JPN: 'Japanese',
  AUS: 'Australian',
  DPRK: 'North Korean',
  PRC: 'Chinese',
  CHN: 'Chinese',
  RUS: 'Russian',
  UK: 'British',
  GBR: 'British',
  FRA: 'French',
  DEU: 'German',
  CAN: 'Canadian',
  NZ: 'New Zealand',
  UN: 'UN',
};

/** `U.S.`, `Japanese`, or the code itself. */
export function nationAdjective(nation: string): string {
  return ADJECTIVES[nation] ?? nation;
}

/** `a U.S.` / `an Australian`: the article English needs before the adjective. */
export function withArticle(word: string): string {
  return /^[AEIOU]/.test(word) && !/^(U\.|UN\b|US\b)/.test(word) ? `an ${word}` : `a ${word}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Lists at most `max` names, then says how many more, so a 40-unit transfer stays readable. */
export function shortList(items: readonly string[], max = 8): string {
  if (items.length <= max) return listOf(items);
  return `${items.slice(0, max - 1).join(', ')} and ${items.length - max + 1} more`;
}

/** `2026-03-01 06:00 UTC`. */
export function clock(t: SimTime): string {
  return formatIso(t).replace('T', ' ').replace(/:00Z$/, ' UTC');
}

/**
 * The opening of a sentence about instant `t`: `At T+6h (2026-03-01 06:00 UTC)`, or for runs
 * spanning decades `On 1994-12-01 00:00 UTC`, where offsets in days would mean nothing.
 */
export function when(ctx: NarrationContext, t: SimTime): string {
  return ctx.longRun ? `On ${clock(t)}` : `At ${formatRelative(t, ctx.start)} (${clock(t)})`;
}

/** Drops a trailing parenthetical so a name reads inside a sentence: `U.S. President`. */
export function shortName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}

/**
 * A headquarters' name without its parenthetical (`ROK Joint Chiefs of Staff`, not `... (Chairman)`)
 * so descriptions can follow it in parentheses; falls back to the run-start record, then the id.
 */
export function hqName(ctx: NarrationContext, id: string | null): string {
  if (id === null) return 'no headquarters';
  return shortName(ctx.hq.get(id)?.name ?? ctx.hqFromRecord.get(id)?.name ?? id);
}

/**
 * A headquarters with who commands it, e.g. `ROK-U.S. Combined Forces Command (a combined
 * headquarters with a U.S. commander and a ROK deputy)`. The nationality of the commander is
 * what decides whether a force is under foreign command.
 */
export function hqWithCommander(ctx: NarrationContext, id: string | null): string {
  if (id === null) return 'no headquarters';
  const h = ctx.hq.get(id);
  const r = ctx.hqFromRecord.get(id);
  const kind = h?.kind ?? r?.kind;
  const commander = h?.commander ?? r?.commander;
  const deputy = h?.deputy ?? r?.deputy ?? undefined;
  if (!commander) return hqName(ctx, id);
  const who = `${withArticle(nationAdjective(commander))} commander${deputy ? ` and ${withArticle(nationAdjective(deputy))} deputy` : ''}`;
  const what = kind === 'combined' ? 'a combined headquarters' : kind === 'political' ? 'a political body' : `${withArticle(nationAdjective(h?.nation ?? commander))} national headquarters`;
  const nonWarfighting = h && !h.warfighting ? ', not a warfighting command' : '';
  return `${hqName(ctx, id)} (${what} with ${who}${nonWarfighting})`;
}

/** An authority's name without its parenthetical, or the id. */
export function authorityName(ctx: NarrationContext, id: string): string {
  const a = ctx.authorities.get(id);
  return a ? shortName(a.name) : id;
}

/** `DEFCON III`, `Phase 2 (seize the initiative)`, or the value as text for unknown levels. */
export function levelLabel(level: string, value: Scalar): string {
  const spec = LEVELS[level as LevelName];
  return spec ? spec.label(value) : `${level} ${String(value)}`;
}

/** Reads a level value from a record string: `'3'` becomes 3 so labels and gravity work. */
export function levelValue(level: string, text: string): Scalar {
  const spec = LEVELS[level as LevelName];
  if (spec && typeof spec.values[0] === 'number' && /^-?\d+$/.test(text)) return Number(text);
  return text;
}

/** A decision subject in words: `defcon:3` is `DEFCON III`, `rule:ID` the rule's name. */
export function subjectPhrase(ctx: NarrationContext, subject: string): string {
  const i = subject.indexOf(':');
  if (i > 0) {
    const head = subject.slice(0, i);
    const tail = subject.slice(i + 1);
    if (head === 'rule') return `the transfer "${ctx.rules.get(tail)?.name ?? tail}"`;
    if (head === 'plan') return `the plan "${ctx.result.model.design.plans.find((p) => p.id === tail)?.name ?? tail}"`;
    if (head in LEVELS) return levelLabel(head, levelValue(head, tail));
  }
  return subject;
}

/** `when defcon at least 3`, or `at all times` for a rule that always applies. */
export function appliesWhen(c: Condition): string {
  return c.kind === 'always' ? 'at all times' : `when ${describeCondition(c)}`;
}

/** A latency in words: `2h`, `between 2h and 12h`, `between 30m and 6h, most often about 2h`. */
export function distributionPhrase(d: Distribution): string {
  switch (d.kind) {
    case 'fixed':
      return d.value === 0 ? 'no time' : formatDuration(d.value);
    case 'uniform':
      return `between ${formatDuration(d.min)} and ${formatDuration(d.max)}`;
    case 'triangular':
      return `between ${formatDuration(d.min)} and ${formatDuration(d.max)} (most often about ${formatDuration(d.mode)})`;
    case 'lognormal':
      return `typically about ${formatDuration(d.median)}${d.max !== undefined ? ` (never more than ${formatDuration(d.max)})` : ''}`;
  }
}

/** A coordination body's name with its article: `the Alliance Coordination Mechanism`. */
export function bodyName(ctx: NarrationContext, id: string): string {
  const name = ctx.bodies.get(id)?.name ?? id;
  return /^the\b/i.test(name) ? name : `the ${name}`;
}

/** Who commands a headquarters: `a U.S. officer with a ROK deputy`; '' when unknown. */
export function commandedBy(ctx: NarrationContext, id: string): string {
  const h = ctx.hq.get(id);
  const r = ctx.hqFromRecord.get(id);
  const commander = h?.commander ?? r?.commander;
  const deputy = h?.deputy ?? r?.deputy ?? undefined;
  if (!commander) return '';
  return `${withArticle(nationAdjective(commander))} officer${deputy ? ` with ${withArticle(nationAdjective(deputy))} deputy` : ''}`;
}

/** The commander's nationality of a headquarters, if known. */
export function commanderOf(ctx: NarrationContext, id: string): string | undefined {
  return ctx.hq.get(id)?.commander ?? ctx.hqFromRecord.get(id)?.commander;
}

/** A force's name, or its id when the scenario does not list it. */
export function forceName(ctx: NarrationContext, id: string): string {
  return ctx.forces.get(id)?.name ?? id;
}

/** Capitalizes the first letter (sentences built from lower-case fragments). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A force selector in words: `the designated ROK forces`, `the ROK land and marine forces tagged
 * first-army`, `ROK I Corps and ROK III Corps`, `all forces`.
 */
export function selectorPhrase(ctx: NarrationContext, sel: ForceSelector | undefined): string {
  if (!sel) return 'all forces';
  if (sel.ids && sel.ids.length > 0 && !sel.nations && !sel.components && !sel.tags) return shortList(sel.ids.map((id) => forceName(ctx, id)));
  const parts: string[] = [];
  if (sel.designated === true) parts.push('designated');
  if (sel.designated === false) parts.push('non-designated');
  if (sel.nations) parts.push(listOf(sel.nations.map(nationAdjective)));
  if (sel.components) parts.push(listOf([...sel.components]));
  let phrase = `${parts.join(' ')} forces`.trim();
  if (sel.tags) phrase += ` tagged ${listOf([...sel.tags])}`;
  if (sel.homes) phrase += ` at home under ${listOf(sel.homes.map((h) => hqName(ctx, h)))}`;
  if (sel.exclude) phrase += `, except ${selectorPhrase(ctx, sel.exclude).replace(/^the /, '')}`;
  return phrase === 'forces' ? 'all forces' : `the ${phrase}`;
}
