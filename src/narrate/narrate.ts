import type { RecordedRun } from '../model/recordedRun.js';
import type { LogRecord } from '../model/records.js';
import { groupRecords } from './groupRecords.js';
import { termsIn } from './glossary.js';
import type { NarrationContext } from './narrationContext.js';
import { narrationContext, timeOf } from './narrationContext.js';
import { fold, type NarrationDraft } from './narrationDraft.js';
import type { NarrationMemory } from './narrationMemory.js';
import { newMemory } from './narrationMemory.js';
import type { NarrationStep } from './narrationStep.js';
import { narrateCommands, narrateConstraints, narrateSupport } from './narrateCommand.js';
import { addToFrictionSummary, coordinationSentence, engagementSentence, startFrictionSummary, type FrictionSummary, narrateCoordination, narrateEngagement, narrateFriction } from './narrateCoordination.js';
import { narrateDecision, narrateRequest } from './narrateDecision.js';
import { levelSentence, narrateEvent, narrateLevel } from './narrateEvent.js';
import { narrateRule } from './narrateRule.js';
import { narrateEnd, narrateStart } from './narrateSetting.js';

/**
 * Turns a run into a walk-through a student who never read the report can follow: one step
 * per thing that happened (commands grouped per rule and instant), each in plain sentences that
 * say why, citing the rule's or body's `source:` or labelling its `assumption:`. Terms such as
 * OPCON are explained on first use (`terms`). Pure: reads only the result's model and records.
 *
 * @example
 * for (const s of narrate(simulate(model))) console.log(s.text);
 */
export function narrate(result: RecordedRun): NarrationStep[] {
  const ctx = narrationContext(result);
  const mem = newMemory(ctx);
  const drafts: NarrationDraft[] = [];
  /** Which draft a record's seq was told in, so a level set directly by an event joins its step. */
  const stepOfSeq = new Map<number, NarrationDraft>();
  const lastOfBody = new Map<string, NarrationDraft>();
  const folding: Folding = { stepOfSeq, lastOfBody, frictionRun: {}, lastDraft: () => drafts[drafts.length - 1] };
  const push = (d: NarrationDraft | undefined) => {
    if (!d) return;
    drafts.push(d);
    for (let s = d.seq[0]; s <= d.seq[1]; s++) stepOfSeq.set(s, d);
  };
  for (const unit of groupRecords(result.records)) {
    switch (unit.kind) {
      case 'commands':
        for (const d of narrateCommands(ctx, mem, unit.records)) push(d);
        break;
      case 'constraints':
        push(narrateConstraints(ctx, mem, unit.records));
        break;
      case 'engagements': {
        const cause = ctx.bySeq.get(unit.records[0]!.cause);
        const host = cause?.type === 'event' && cause.t === unit.records[0]!.t ? stepOfSeq.get(cause.seq) : undefined;
        // Forces engaged by the event just told: one step says both.
        if (host) fold(host, unit.records[unit.records.length - 1]!.seq, [engagementSentence(ctx, unit.records)]);
        else push(narrateEngagement(ctx, unit.records));
        break;
      }
      case 'single':
        for (const d of narrateSingle(ctx, mem, unit.record, folding)) push(d);
    }
  }
  return finish(drafts);
}

/** What `narrateSingle` needs to fold a record into an earlier step instead of starting one. */
interface Folding {
  readonly stepOfSeq: Map<number, NarrationDraft>;
  readonly lastOfBody: Map<string, NarrationDraft>;
  readonly frictionRun: { current?: FrictionSummary };
  readonly lastDraft: () => NarrationDraft | undefined;
}

function narrateSingle(ctx: NarrationContext, mem: NarrationMemory, r: LogRecord, folding: Folding): NarrationDraft[] {
  const { stepOfSeq, lastOfBody, frictionRun, lastDraft } = folding;
  switch (r.type) {
    case 'run-start':
      return narrateStart(ctx, mem, r);
    case 'event':
      return [narrateEvent(ctx, r)];
    case 'state': {
      if (r.machine.startsWith('theater.')) {
        const cause = r.cause !== undefined ? ctx.bySeq.get(r.cause) : undefined;
        const host = cause?.type === 'event' && cause.t === r.t ? stepOfSeq.get(cause.seq) : undefined;
        if (host) {
          // A level set straight by an event, with no gate to pass: one step tells both.
          fold(host, r.seq, [levelSentence(ctx, mem, r)]);
          return [];
        }
        return [narrateLevel(ctx, mem, r)];
      }
      if (r.machine.startsWith('rule.')) {
        const d = narrateRule(ctx, mem, r);
        return d ? [d] : [];
      }
      return [];
    }
    case 'request': {
      // A rule asking for approval has just said whom it asks: the request adds nothing new.
      const last = lastDraft();
      if (r.subject.startsWith('rule:') && last?.kind === 'rule' && last.t === timeOf(r, ctx.start) && last.sentences.join(' ').includes(`"${ctx.rules.get(r.subject.slice(5))?.name}"`)) {
        fold(last, r.seq, []);
        return [];
      }
      return [narrateRequest(ctx, r)];
    }
    case 'decision':
      return [narrateDecision(ctx, mem, r)];
    case 'support':
      return [narrateSupport(ctx, r)];
    case 'coordination': {
      // A body passing through several states at one instant (standing down, then dormant) is one step.
      const previous = lastOfBody.get(r.body);
      if (previous && previous.t === timeOf(r, ctx.start) && previous.kind === 'coordination') {
        fold(previous, r.seq, [coordinationSentence(ctx, r)]);
        return [];
      }
      const d = narrateCoordination(ctx, r);
      lastOfBody.set(r.body, d);
      return [d];
    }
    case 'friction': {
      // The first episode is told in full; later ones accumulate in one summary step until
      // something else happens, so a war's dozens of episodes do not drown the story.
      if (!mem.frictionExplained) {
        if (r.phase === 'resolved') mem.frictionExplained = true;
        return [narrateFriction(ctx, mem, r)];
      }
      const open = frictionRun.current;
      if (open && open.draft === lastDraft()) {
        addToFrictionSummary(ctx, mem, open, r);
        return [];
      }
      const summary = startFrictionSummary(ctx, r);
      addToFrictionSummary(ctx, mem, summary, r);
      frictionRun.current = summary;
      return [summary.draft];
    }
    case 'run-end':
      return [narrateEnd(ctx, mem, r)];
    default:
      return [];
  }
}

/** Joins sentences and attaches each glossary term to the first step that uses it. */
function finish(drafts: readonly NarrationDraft[]): NarrationStep[] {
  const explained = new Set<string>();
  return drafts.map((d) => {
    const text = d.sentences.join(' ');
    const terms = termsIn(text).filter((g) => !explained.has(g.term));
    for (const g of terms) explained.add(g.term);
    return {
      t: d.t,
      seq: d.seq,
      kind: d.kind,
      text,
      ...(d.source ? { source: d.source } : {}),
      ...(d.assumption ? { assumption: d.assumption } : {}),
      ...(terms.length > 0 ? { terms } : {}),
    };
  });
}
