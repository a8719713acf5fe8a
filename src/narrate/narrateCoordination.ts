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
import { bodyName, distributionPhrase, forceName, hqName, listOf, nationAdjective, shortList, when } from './phrases.js';

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
    main = `${at} ${name} begins to stand down${body ? ` (${describeCondition(body.standDownWhen)})` : ''}.`;
  } else {
    main = `${at} ${name} is ${r.to}.`;
  }
  const latency = level && level.latencyFactor !== 1 ? `While at this level it multiplies the consultation time of rules and gates linking its members by ${level.latencyFactor}.` : '';
  const provenance: Provenance = level && (level.source || level.assumption) ? level : body ?? {};
  return draft(t, [r.seq, r.seq], 'coordination', [main, latency, whySentence(ctx, r.cause)], provenance);
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
      'With forces of several nations engaged and no single combined commander over them, each commander follows his own capital until the difference is resolved.',
    ], friction);
  }
  const began = mem.frictionStarts.get(r.id);
  return draft(t, [r.seq, r.seq], 'friction', [
    `${when(ctx, t)} the divergence between ${nations} guidance (episode ${r.id}) is resolved${began !== undefined ? ` after ${formatDuration(t - began)}` : ''}.`,
  ], friction);
}

/** Forces becoming engaged or disengaged at one instant, for one cause. */
export function narrateEngagement(ctx: NarrationContext, group: readonly EngagementRecord[], tellWhy: boolean): NarrationDraft {
  const first = group[0]!;
  const t = timeOf(first, ctx.start);
  const names = group.map((e) => forceName(ctx, e.force));
  const verb = first.engaged ? (names.length === 1 ? 'is now engaged' : 'are now engaged') : names.length === 1 ? 'is no longer engaged' : 'are no longer engaged';
  return draft(t, [first.seq, group[group.length - 1]!.seq], 'engagement', [
    `${when(ctx, t)} ${shortList(names)} ${verb}.`,
    tellWhy ? whySentence(ctx, first.cause) : '',
  ]);
}
