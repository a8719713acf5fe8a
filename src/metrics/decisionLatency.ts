import { arrangementOf } from './arrangement.js';
import { hours, type MetricReducer } from './metricReducer.js';
import { HOSTILE_ACT_EVENT, RULE_HANDING_OVER, RULE_PREFIX, RULE_TRANSFERRED, THEATER_PREFIX } from './recordNames.js';

/** A half-open time interval [from, to) in epoch ms. */
type Interval = readonly [number, number];

/**
 * Decision latency (docs/metrics.md): hours from the first hostile act (the triggering event) to
 * the first instant of *coordinated allied action*: forces of at least two nations are engaged,
 * they have a working combined arrangement, and no alliance decision about them is still pending:
 * no gate request awaiting its authorities (a theater level proposed, not yet decided) and no
 * handover under way (a rule asking for approval or transferring) that will move an engaged force.
 * So it depends on the design's decision processes: approvals and their procedures, bodies that
 * link (or must first be activated), meetings that speed the steps. Null without a hostile act;
 * censored at the run's end (and `decision-censored` = 1) when never reached.
 *
 * Whether a handover moves an engaged force is known only when it completes, so the reducer keeps
 * the intervals (a few per run) and decides at the end.
 */
export function decisionLatency(): MetricReducer {
  let t0: number | undefined;
  /** Intervals during which allied forces are in action under a working arrangement. */
  const acting: [number, number][] = [];
  /** Intervals during which a decision about engaged forces is pending. */
  const pending: Interval[] = [];
  /** Open gate requests by id: when asked, and the level they propose. */
  const gates = new Map<string, { since: number; level: string; authorities: number; approved: Set<string> }>();
  /** Open handover cycles by rule: since when, and whether they moved an engaged force. */
  const cycles = new Map<string, { since: number; movedEngaged: boolean }>();
  /** Cycles that reached `transferred` at the current instant, judged once its commands are in. */
  const closing: [string, { since: number; movedEngaged: boolean }, number][] = [];
  const closeGate = (id: string, t: number) => {
    const g = gates.get(id);
    if (!g) return;
    gates.delete(id);
    pending.push([g.since, t]);
  };
  return {
    types: ['event', 'request', 'decision', 'state', 'command'],
    record(state, r, t) {
      switch (r.type) {
        case 'event':
          if (t0 === undefined && r.event === HOSTILE_ACT_EVENT) t0 = t;
          break;
        case 'request':
          // Rule approvals are part of the rule's handover cycle; the rest decide theater levels.
          if (!r.subject.startsWith('rule:')) gates.set(r.request, { since: t, level: r.subject.split(':')[0]!, authorities: new Set(r.authorities).size, approved: new Set() });
          break;
        case 'decision': {
          const g = gates.get(r.request);
          if (!g) break;
          if (r.outcome !== 'approved') closeGate(r.request, t);
          else if (g.approved.add(r.authority).size >= g.authorities) closeGate(r.request, t);
          break;
        }
        case 'state':
          if (r.machine.startsWith(THEATER_PREFIX)) {
            // A level change settles the requests that proposed it (a silence procedure has no approvals to count).
            const level = r.machine.slice(THEATER_PREFIX.length);
            for (const [id, g] of gates) if (g.level === level) closeGate(id, t);
          } else if (r.machine.startsWith(RULE_PREFIX)) {
            const rule = r.machine.slice(RULE_PREFIX.length);
            const c = cycles.get(rule);
            if (!c && RULE_HANDING_OVER.includes(r.to)) cycles.set(rule, { since: t, movedEngaged: false });
            // The cycle's commands follow its `transferred` record at the same instant: judge it when time moves on.
            else if (c && r.to === RULE_TRANSFERRED) closing.push([rule, c, t]);
            // Refused or cancelled: it moved nothing, so it held up no engaged force.
            else if (c && !RULE_HANDING_OVER.includes(r.to)) cycles.delete(rule);
          }
          break;
        case 'command': {
          const c = cycles.get(r.rule);
          if (c && state.engaged.has(r.force)) c.movedEngaged = true;
          break;
        }
        default:
          break;
      }
    },
    span(state, from, to) {
      flush();
      // Allied action needs forces of two nations engaged: check that before judging the arrangement.
      if (t0 === undefined || to <= from || state.engagedNations.size < 2) return;
      if (!arrangementOf(state, 'engaged').working) return;
      const last = acting[acting.length - 1];
      if (last && last[1] === from) last[1] = to;
      else acting.push([from, to]);
    },
    finish(_s, end, row) {
      flush();
      if (t0 === undefined) {
        row['decision-latency-h'] = null;
        row['decision-censored'] = null;
        return;
      }
      for (const g of gates.values()) pending.push([g.since, end]);
      for (const c of cycles.values()) if (c.movedEngaged) pending.push([c.since, end]);
      const reached = firstFree(acting, pending, t0);
      row['decision-latency-h'] = hours((reached ?? Math.max(end, t0)) - t0);
      row['decision-censored'] = reached === undefined ? 1 : 0;
    },
  };

  /** Handover cycles that reached `transferred`: their commands are in, so they are judged now. */
  function flush(): void {
    for (const [rule, c, t] of closing) {
      if (c.movedEngaged) pending.push([c.since, t]);
      if (cycles.get(rule) === c) cycles.delete(rule);
    }
    closing.length = 0;
  }
}

/**
 * The first instant at or after `t0` inside some `acting` interval and outside every `pending`
 * interval; undefined when there is none.
 */
export function firstFree(acting: readonly Interval[], pending: readonly Interval[], t0: number): number | undefined {
  const blocks = [...pending].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  for (const [a, b] of acting) {
    let t = Math.max(a, t0);
    for (const [p, q] of blocks) {
      if (t >= b) break;
      if (p <= t && t < q) t = q;
    }
    if (t < b) return t;
  }
  return undefined;
}
