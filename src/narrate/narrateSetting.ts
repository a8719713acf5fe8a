import { select } from '../model/force.js';
import type { LogRecord, RunEndRecord, RunStartRecord } from '../model/records.js';
import { LEVELS } from '../model/theater.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { hqOnce } from './narrationMemory.js';
import { TERM_LABEL } from '../model/design.js';
import { clock, forceName, hqName, listOf, nationAdjective, selectorPhrase, shortList } from './phrases.js';

/** Who holds OPCON (and TACON) of each force, keyed by force id in scenario order. */
type Holders = Map<string, { opcon: string; tacon: string | null }>;

function initialHolders(ctx: NarrationContext, start: RunStartRecord | undefined): Holders {
  const holders: Holders = new Map();
  if (start) for (const f of start.forces) holders.set(f.id, { opcon: f.opcon, tacon: f.tacon });
  else for (const f of ctx.result.model.forces) holders.set(f.id, { opcon: f.home, tacon: null });
  return holders;
}

/** `Under OPCON of X: A, B. Under OPCON of Y: C.` in order of first appearance. */
function holderSentences(ctx: NarrationContext, mem: NarrationMemory, holders: Holders): string[] {
  const byOpcon = new Map<string, string[]>();
  const byTacon = new Map<string, string[]>();
  for (const [id, h] of holders) {
    byOpcon.set(h.opcon, [...(byOpcon.get(h.opcon) ?? []), forceName(ctx, id)]);
    if (h.tacon) byTacon.set(h.tacon, [...(byTacon.get(h.tacon) ?? []), forceName(ctx, id)]);
  }
  const out: string[] = [];
  for (const [hq, names] of byOpcon) out.push(`Under OPCON of ${hqOnce(ctx, mem, hq)}: ${shortList(names, 12)}.`);
  for (const [hq, names] of byTacon) out.push(`Under TACON of ${hqOnce(ctx, mem, hq)}: ${shortList(names, 12)}.`);
  return out;
}

/**
 * The opening steps: the scenario and design, the theater's starting levels, who commands which
 * forces, then one step for each standing arrangement the design makes before the run starts.
 */
export function narrateStart(ctx: NarrationContext, mem: NarrationMemory, r: RunStartRecord): NarrationDraft[] {
  const { model } = ctx.result;
  const d = model.design;
  const t = timeOf(r, ctx.start);
  const levels = (['posture', 'defcon', 'watchcon', 'phase'] as const).map((l) => LEVELS[l].label(mem.levels.get(l)!));
  const situation = mem.levels.get('situation');
  if (situation !== undefined && situation !== 'none') levels.push(LEVELS.situation.label(situation));
  const seq: [number, number] = [r.seq, r.seq];
  const steps = [
    draft(t, seq, 'intro', [`Scenario "${model.title}".${model.description ? ` ${model.description.trim()}` : ''}`]),
    draft(t, seq, 'intro', [`The run follows the design "${d.name}".${d.summary ? ` ${d.summary.trim()}` : ''}`], { source: d.source, assumption: d.assumption }),
    draft(t, seq, 'intro', [
      `At the start (${clock(t)}) the theater stands at ${levels.join(', ')}, and ${model.forces.length} forces take part.`,
      ...holderSentences(ctx, mem, initialHolders(ctx, r)),
    ]),
  ];
  for (const s of d.standing) {
    const forces = select(model.forces, s.forces);
    if (forces.length === 0) continue;
    const rel = s.relationship.toUpperCase();
    const term = TERM_LABEL[s.term];
    steps.push(
      draft(t, seq, 'intro', [
        `Before the run starts, the design gives ${hqOnce(ctx, mem, s.holder)} ${rel} of ${selectorPhrase(ctx, s.forces)} (${shortList(forces.map((f) => f.name))}) as a standing arrangement.`,
        term !== rel ? `What it holds is ${term}, in the doctrine of those who granted it; opcon keeps it in the ${rel} column under that name.` : '',
      ], s),
    );
  }
  for (const o of d.officers) {
    const present = o.heads.filter((h) => model.forces.some((f) => f.home === h) || d.rules.some((r) => r.to === h) || d.standing.some((st) => st.holder === h));
    if (present.length === 0) continue;
    steps.push(
      draft(t, seq, 'intro', [
        `One ${nationAdjective(o.nation)} officer, ${o.title}, heads ${listOf(o.heads.map((h) => hqName(ctx, h)))}: these are separate headquarters with separate chains, but the same person. A handover between two of them is a change of hats and takes no transfer time.`,
      ], o),
    );
  }
  return steps;
}

/** Replays command records over the initial holders: the final table from records alone. */
function finalHolders(ctx: NarrationContext, records: readonly LogRecord[]): Holders {
  const holders = initialHolders(ctx, ctx.runStart);
  for (const r of records) {
    if (r.type !== 'command') continue;
    const h = holders.get(r.force) ?? { opcon: r.from ?? '', tacon: null };
    holders.set(r.force, r.relationship === 'opcon' ? { ...h, opcon: r.to ?? h.opcon } : { ...h, tacon: r.to });
  }
  return holders;
}

/** The closing step: the theater's final levels and who commands which forces at the end. */
export function narrateEnd(ctx: NarrationContext, mem: NarrationMemory, r: RunEndRecord): NarrationDraft {
  const t = timeOf(r, ctx.end);
  const levels = (['posture', 'defcon', 'phase'] as const).map((l) => LEVELS[l].label(mem.levels.get(l)!));
  const transfers = ctx.result.records.filter((x) => x.type === 'command').length;
  const refusals = ctx.result.records.filter((x) => x.type === 'decision' && x.outcome !== 'approved').length;
  return draft(t, [r.seq, r.seq], 'end', [
    `The run ends at ${clock(t)} with the theater at ${levels.join(', ')}.`,
    `Over the run, ${transfers} command relationship${transfers === 1 ? '' : 's'} changed and ${refusals} decision${refusals === 1 ? ' was' : 's were'} refused or revoked.`,
    ...holderSentences(ctx, mem, finalHolders(ctx, ctx.result.records)),
  ]);
}
