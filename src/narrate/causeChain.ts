import type { LogRecord } from '../model/records.js';
import { formatRelative } from '../model/time.js';
import type { NarrationContext } from './narrationContext.js';
import { timeOf } from './narrationContext.js';
import { authorityName, bodyName, clock, forceName, hqName, levelLabel, levelValue, listOf, subjectPhrase } from './phrases.js';

/** How far up the `cause` links a "why" sentence goes; past three it stops helping a reader. */
const MAX_LINKS = 3;

/**
 * Records a reader has just seen told in their own step: a "why" chain names the nearest one
 * and stops there instead of retelling the whole story.
 */
function isLandmark(r: LogRecord): boolean {
  return r.type === 'event' || r.type === 'decision' || (r.type === 'state' && r.machine.startsWith('theater.')) || r.type === 'coordination';
}

/** Record types whose own step already says what they did, so a chain skips to their cause. */
function isBookkeeping(r: LogRecord): boolean {
  return r.type === 'state' && !r.machine.startsWith('theater.');
}

/** When a record happened, in the run's own terms. */
function stamp(ctx: NarrationContext, r: LogRecord): string {
  const t = timeOf(r, ctx.start);
  return ctx.longRun ? clock(t) : formatRelative(t, ctx.start);
}

/** One record as a clause: `both the U.S. President approved DEFCON III (T+6h)`. */
export function describeBriefly(ctx: NarrationContext, r: LogRecord): string | undefined {
  switch (r.type) {
    case 'event':
      return `the scenario event "${r.label}" happened (${stamp(ctx, r)})`;
    case 'state': {
      if (!r.machine.startsWith('theater.')) return undefined;
      const level = r.machine.slice('theater.'.length);
      return `${levelLabel(level, levelValue(level, r.to))} took effect (${stamp(ctx, r)})`;
    }
    case 'request':
      return `${subjectPhrase(ctx, r.subject)} was put to ${listOf(r.authorities.map((a) => `the ${authorityName(ctx, a)}`))} (${stamp(ctx, r)})`;
    case 'decision':
      return `the ${authorityName(ctx, r.authority)} ${r.outcome} ${subjectPhrase(ctx, r.subject)} (${stamp(ctx, r)})`;
    case 'coordination':
      return `${bodyName(ctx, r.body)} became ${r.to}${r.level ? ` at level "${r.level}"` : ''} (${stamp(ctx, r)})`;
    case 'command':
      return `OPCON of ${forceName(ctx, r.force)} moved to ${hqName(ctx, r.to)} (${stamp(ctx, r)})`;
    case 'engagement':
      return `${forceName(ctx, r.force)} became ${r.engaged ? 'engaged' : 'disengaged'} (${stamp(ctx, r)})`;
    case 'friction':
      return `friction between ${r.nations.join(' and ')} ${r.phase === 'start' ? 'began' : 'was resolved'} (${stamp(ctx, r)})`;
    default:
      return undefined;
  }
}

/**
 * Follows `cause` links from a record's cause upward and says why it happened, latest first:
 * `Why: DEFCON III took effect (T+6h); before that, the ROK President approved DEFCON III
 * (T+5h).` Returns '' when the record has no traceable cause.
 */
export function whySentence(ctx: NarrationContext, cause: number | undefined): string {
  const clauses: string[] = [];
  const seen = new Set<number>();
  let seq = cause;
  while (seq !== undefined && !seen.has(seq) && clauses.length < MAX_LINKS) {
    seen.add(seq);
    const r = ctx.bySeq.get(seq);
    if (!r) break;
    if (!isBookkeeping(r)) {
      const c = describeBriefly(ctx, r);
      if (c) clauses.push(c);
      if (isLandmark(r)) break;
    }
    seq = 'cause' in r ? r.cause : undefined;
  }
  if (clauses.length === 0) return '';
  return `Why: ${clauses.join('; before that, ')}.`;
}
