import { describeCondition } from '../model/condition.js';
import type { Provenance } from '../model/design.js';
import type { CoordinationRecord, EngagementRecord, FrictionRecord } from '../model/records.js';
import { formatDuration } from '../model/time.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { bodyName, capitalize, distributionPhrase, forceName, hqName, listOf, nationAdjective, shortList, when } from './phrases.js';

/**
 * A coordination body changing state or level. Bodies link headquarters and never command, so
 * the step says whom the body links and at what seniority, and cites the level's own source
 * when it flexes (the 2015 ACM flexes in membership and seniority).
 */
export function narrateCoordination(ctx: NarrationContext, r: CoordinationRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const body = ctx.bodies.get(r.body);
  const name = bodyName(ctx, r.body);
  const level = body && r.level ? body.levels.find((l) => l.name === r.level) : undefined;
  const members = level?.members ?? body?.members ?? [];
  const links = members.length > 0 ? `linking ${listOf(members.map((m) => hqName(ctx, m)))}` : '';
  const at = when(ctx, t);
  let main: string;
  if (r.to === 'activating') {
    main = `${at} ${name} begins to activate${links ? ` (${links})` : ''}${body ? `; activation takes ${distributionPhrase(body.activation)}` : ''}.`;
  } else if (r.to === 'active' && r.from === 'active') {
    main = `${at} ${name} flexes to its "${r.level}" level${level ? ` (${level.seniority})` : ''}${links ? `, ${links}` : ''}.`;
  } else if (r.to === 'active') {
    main = `${at} ${name} is active${r.level && r.level !== 'active' ? ` at its "${r.level}" level${level ? ` (${level.seniority})` : ''}` : ''}${links ? `, ${links}` : ''}. It coordinates the commanders' work but commands no forces.`;
  } else if (r.to === 'standing-down') {
    main = `${at} ${name} begins to stand down${body && body.standDownWhen.kind !== 'never' ? `, because its stand-down condition holds (${describeCondition(body.standDownWhen)})` : ''}.`;
  } else {
    main = `${at} ${name} is ${r.to}.`;
  }
  const latency = level && level.latencyFactor !== 1 ? `While at this level it multiplies the consultation time of rules and gates linking its members by ${level.latencyFactor}.` : '';
  const provenance: Provenance = level && (level.source || level.assumption) ? level : body ?? {};
  return draft(t, [r.seq, r.seq], 'coordination', [main, latency, whySentence(ctx, r.cause)], provenance);
}

/** The sentence a body's second change at the same instant adds to the first one's step. */
export function coordinationSentence(ctx: NarrationContext, r: CoordinationRecord): string {
  return `${capitalize(bodyName(ctx, r.body))} is now ${r.to}${r.level && r.to === 'active' ? ` at its "${r.level}" level` : ''}.`;
}

/** Divergent national guidance beginning or being resolved, with how long it lasted. */
export function narrateFriction(ctx: NarrationContext, mem: NarrationMemory, r: FrictionRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const nations = listOf(r.nations.map(nationAdjective));
  const friction = ctx.result.model.design.friction ?? {};
  if (r.phase === 'start') {
    mem.frictionStarts.set(r.id, t);
    return draft(t, [r.seq, r.seq], 'friction', [
      `${when(ctx, t)} ${nations} national guidance diverge (friction episode ${r.id}).`,
      'With forces of several nations engaged and no single combined commander over them, each commander follows its own capital until the difference is resolved.',
    ], friction);
  }
  const began = mem.frictionStarts.get(r.id);
  return draft(t, [r.seq, r.seq], 'friction', [
    `${when(ctx, t)} the divergence between ${nations} guidance (episode ${r.id}) is resolved${began !== undefined ? ` after ${formatDuration(t - began)}` : ''}.`,
  ], friction);
}

/** Later friction episodes, told together once the first has been explained in full. */
export interface FrictionSummary {
  readonly draft: NarrationDraft;
  readonly nations: Set<string>;
  started: number;
  readonly durations: number[];
  lastT: number;
}

/** Starts a summary step for friction episodes after the first. */
export function startFrictionSummary(ctx: NarrationContext, r: FrictionRecord): FrictionSummary {
  const d = draft(timeOf(r, ctx.start), [r.seq, r.seq], 'friction', ['…'], ctx.result.model.design.friction ?? {});
  const summary: FrictionSummary = { draft: d, nations: new Set(), started: 0, durations: [], lastT: d.t };
  return summary;
}

/** Adds one friction record to a summary and rewrites its sentence. */
export function addToFrictionSummary(ctx: NarrationContext, mem: NarrationMemory, summary: FrictionSummary, r: FrictionRecord): void {
  const t = timeOf(r, ctx.start);
  for (const n of r.nations) summary.nations.add(n);
  if (r.phase === 'start') {
    summary.started++;
    mem.frictionStarts.set(r.id, t);
  } else {
    const began = mem.frictionStarts.get(r.id);
    if (began !== undefined) summary.durations.push(t - began);
  }
  summary.lastT = t;
  summary.draft.seq = [summary.draft.seq[0], r.seq];
  const nations = listOf([...summary.nations].map(nationAdjective));
  const n = summary.started;
  const resolved = summary.durations.length;
  const mean = resolved > 0 ? summary.durations.reduce((x, y) => x + y, 0) / resolved : 0;
  const longest = resolved > 0 ? Math.max(...summary.durations) : 0;
  const bare = (t: number) => when(ctx, t).replace(/^(At|On) /, '');
  const period = summary.lastT > summary.draft.t ? `Between ${bare(summary.draft.t)} and ${bare(summary.lastT)}` : when(ctx, summary.draft.t);
  const after = `after ${formatDuration(Math.round(mean / 60_000) * 60_000)}${resolved > 1 ? ` on average (the longest ${formatDuration(longest)})` : ''}`;
  const told =
    n > 0
      ? `${period}, ${n} more episode${n === 1 ? '' : 's'} of divergent ${nations} national guidance arose${resolved > 0 ? `; ${resolved} ${resolved === 1 ? 'was' : 'were'} resolved, ${after}` : ''}.`
      : `${period}, ${resolved} earlier episode${resolved === 1 ? '' : 's'} of divergent ${nations} guidance ${resolved === 1 ? 'was' : 'were'} resolved, ${after}.`;
  summary.draft.sentences.splice(0, summary.draft.sentences.length, told, 'Each works like the first: parallel national chains over engaged forces until the difference is settled.');
}

/** `ROK I Corps and ROK 2nd Fleet are now engaged.` */
export function engagementSentence(ctx: NarrationContext, group: readonly EngagementRecord[]): string {
  const names = group.map((e) => forceName(ctx, e.force));
  const verb = group[0]!.engaged ? (names.length === 1 ? 'is now engaged' : 'are now engaged') : names.length === 1 ? 'is no longer engaged' : 'are no longer engaged';
  return `${shortList(names)} ${verb}.`;
}

/** Forces becoming engaged or disengaged at one instant, for one cause, with why. */
export function narrateEngagement(ctx: NarrationContext, group: readonly EngagementRecord[]): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  return draft(t, [first.seq, group[group.length - 1]!.seq], 'engagement', [
    `${when(ctx, t)} ${engagementSentence(ctx, group)}`,
    whySentence(ctx, first.cause),
  ]);
}
