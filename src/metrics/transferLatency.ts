import { hours, type MetricReducer } from './metricReducer.js';
import { RULE_INACTIVE, RULE_PREFIX } from './recordNames.js';

/**
 * Transfer latency per rule (docs/metrics.md): hours from the rule's handover machine first
 * leaving `inactive` to the first `command` record made under the rule, as
 * `transfer-latency-h.RULE`. Null when the rule left `inactive` but never moved a force (refused,
 * or the run ended first); absent when it never left `inactive`.
 */
export function transferLatency(): MetricReducer {
  const started = new Map<string, number>();
  const done = new Map<string, number>();
  return {
    types: ['state', 'command'],
    record(_s, r, t) {
      if (r.type === 'state' && r.from === RULE_INACTIVE && r.machine.startsWith(RULE_PREFIX)) {
        const rule = r.machine.slice(RULE_PREFIX.length);
        if (!started.has(rule)) started.set(rule, t);
      } else if (r.type === 'command' && started.has(r.rule) && !done.has(r.rule)) {
        done.set(r.rule, t);
      }
    },
    finish(_s, _end, row) {
      for (const [rule, t] of started) {
        const d = done.get(rule);
        row[`transfer-latency-h.${rule}`] = d === undefined ? null : hours(d - t);
      }
    },
  };
}
