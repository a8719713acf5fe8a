import type { EventRecord, StateRecord } from '../model/records.js';
import type { Action } from '../model/scenario.js';
import { evaluate } from '../model/condition.js';
import type { Gate } from '../model/design.js';
import { certificationsIn, gravity, LEVELS, type LevelName, type Scalar } from '../model/theater.js';
import { whySentence } from './causeChain.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import type { NarrationDraft } from './narrationDraft.js';
import { draft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { authorityName, bodyName, capitalize, levelLabel, levelValue, listOf, nationAdjective, subjectPhrase, when } from './phrases.js';

/** What an event's action adds to its label, in one sentence ('' when the label says it all). */
function actionSentence(ctx: NarrationContext, a: Action | undefined): string {
  if (!a) return '';
  switch (a.kind) {
    case 'hostile-act':
      return `This counts as a hostile act by ${nationAdjective(a.by)} forces against ${listOf(a.against.map(nationAdjective))} forces${a.description ? ` (${a.description.replace(/\.$/, '')})` : ''}.`;
    case 'set-level':
      // The request (gated) or the level change (ungated) that follows says what this does.
      return '';
    case 'set-fact':
      return `From now on the fact "${a.name}" is ${String(a.value)}.`;
    case 'stance':
      return `From now on the ${authorityName(ctx, a.authority)} approves ${a.subject.endsWith('*') ? `any "${a.subject}" decision` : subjectPhrase(ctx, a.subject)} with probability ${a.approve}.`;
    case 'request':
      return `The question "${a.subject}" is put to ${listOf(a.authorities.map((x) => authorityName(ctx, x)))}.`;
    case 'body':
      return `${capitalize(bodyName(ctx, a.body))} is ordered to ${a.command === 'activate' ? 'activate' : 'stand down'}.`;
    case 'engage':
    case 'note':
      return '';
  }
}

/** A scenario event: its label, what its action means, and where the scenario takes it from. */
export function narrateEvent(ctx: NarrationContext, r: EventRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const ev = ctx.events.get(r.id);
  const label = r.label.trim().replace(/\.$/, '');
  return draft(t, [r.seq, r.seq], 'event', [`${when(ctx, t)}: ${label}.`, actionSentence(ctx, ev?.action)], {
    source: r.source ?? ev?.source,
    assumption: ev?.assumption,
  });
}

/** The request (and its approving authorities) behind a level change, by following its causes. */
function approvalsBehind(ctx: NarrationContext, cause: number | undefined): { names: string[] } {
  let seq = cause;
  for (let hops = 0; seq !== undefined && hops < 4; hops++) {
    const r = ctx.bySeq.get(seq);
    if (!r) break;
    if (r.type === 'decision' || r.type === 'request') {
      const approved = (ctx.decisions.get(r.request) ?? []).filter((d) => d.outcome === 'approved' && d.seq <= cause!);
      return { names: [...new Set(approved.map((d) => authorityName(ctx, d.authority)))] };
    }
    seq = 'cause' in r ? r.cause : undefined;
  }
  return { names: [] };
}

/** The gate that governs proposing `value` for `level`, if the design has one. */
export function gateFor(ctx: NarrationContext, level: string, value: Scalar): Gate | undefined {
  const read = (v: string) => (v === level ? value : undefined);
  const rank = (v: string, x: Scalar) => (v in LEVELS ? gravity(v as LevelName, x) : typeof x === 'number' ? x : undefined);
  return ctx.gates.find((g) => g.level === level && evaluate(g.to, read, rank));
}

/** How a sentence names each level's subject. */
const LEVEL_SUBJECT: Readonly<Record<string, string>> = {
  posture: "the theater's posture",
  defcon: 'the alert level',
  watchcon: 'the intelligence watch level',
  phase: 'the operation',
  situation: "Japan's situation determination",
};

/**
 * A theater level changing (`theater.defcon` 4 to 3): which way it moved, who approved it, and
 * the gate's source. Updates the memory's current levels.
 */
export function narrateLevel(ctx: NarrationContext, mem: NarrationMemory, r: StateRecord): NarrationDraft {
  const t = timeOf(r, ctx.start);
  const level = r.machine.slice('theater.'.length);
  const from = levelValue(level, r.from);
  const to = levelValue(level, r.to);
  mem.levels.set(level, to);
  const spec = LEVELS[level as LevelName];
  let verb = level === 'phase' ? 'moved' : 'changed';
  if (spec?.ordered && level !== 'phase') {
    const a = gravity(level as LevelName, from);
    const b = gravity(level as LevelName, to);
    if (a !== undefined && b !== undefined) verb = b > a ? 'rose' : 'eased';
  }
  const what = `${LEVEL_SUBJECT[level] ?? level} ${verb} from ${levelLabel(level, from)} to ${levelLabel(level, to)}`;
  const { names } = approvalsBehind(ctx, r.cause);
  // A new certification of Japan's is gated as itself, not as the combination now in force.
  const added = level === 'situation' ? certificationsIn(to).find((c) => !certificationsIn(from).includes(c)) : undefined;
  const gate = gateFor(ctx, level, added ?? to);
  const approved = names.length === 0 ? '' : names.length === 2 ? `, approved by both the ${names[0]} and the ${names[1]}` : `, approved by ${listOf(names.map((n) => `the ${n}`))}`;
  return draft(
    t,
    [r.seq, r.seq],
    'level',
    [`${when(ctx, t)} ${what}${approved}.`, names.length > 0 ? '' : whySentence(ctx, r.cause)],
    names.length > 0 && gate ? gate : {},
  );
}

/** The sentence a level change adds to the step of the event that set it directly (no gate). */
export function levelSentence(ctx: NarrationContext, mem: NarrationMemory, r: StateRecord): string {
  const level = r.machine.slice('theater.'.length);
  const to = levelValue(level, r.to);
  const from = mem.levels.get(level);
  mem.levels.set(level, to);
  return `${capitalize(LEVEL_SUBJECT[level] ?? level)} is now ${levelLabel(level, to)}${from !== undefined ? `; it was ${levelLabel(level, from)}` : ''}.`;
}
