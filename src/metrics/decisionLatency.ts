import { arrangementOf } from './arrangement.js';
import { hours, type MetricReducer } from './metricReducer.js';
import { HOSTILE_ACT_EVENT } from './recordNames.js';

/**
 * Decision latency (docs/metrics.md): hours from the first hostile act to the first instant at
 * which the engaged forces are non-empty and have a working combined arrangement. Null without a
 * hostile act; censored at the run's end (and `decision-censored` = 1) when never reached.
 */
export function decisionLatency(): MetricReducer {
  let t0: number | undefined;
  let reached: number | undefined;
  return {
    types: ['event'],
    record(_s, r, t) {
      if (t0 === undefined && r.type === 'event' && r.event === HOSTILE_ACT_EVENT) t0 = t;
    },
    span(state, from) {
      if (t0 === undefined || reached !== undefined || from < t0 || state.engaged.size === 0) return;
      if (arrangementOf(state, 'engaged').working) reached = from;
    },
    finish(_s, end, row) {
      row['decision-latency-h'] = t0 === undefined ? null : hours((reached ?? Math.max(end, t0)) - t0);
      row['decision-censored'] = t0 === undefined ? null : reached === undefined ? 1 : 0;
    },
  };
}
