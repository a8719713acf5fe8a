import { hours, type MetricReducer } from './metricReducer.js';
import { RULE_PREFIX, RULE_TRANSFERRING } from './recordNames.js';

/**
 * Force-hours in transfer (docs/metrics.md): for every `command` record made under a rule while
 * that rule is handing over (since its last entry into `transferring`, not a return), the hours
 * from that entry to the command change, summed over forces. 0 when nothing transferred.
 */
export function forceHoursInTransfer(): MetricReducer {
  const since = new Map<string, number>();
  let total = 0;
  return {
    types: ['state', 'command'],
    record(_s, r, t) {
      if (r.type === 'state' && r.machine.startsWith(RULE_PREFIX)) {
        const rule = r.machine.slice(RULE_PREFIX.length);
        if (r.to === RULE_TRANSFERRING) since.set(rule, t);
        // A return or a fresh cycle ends the handover window; the commands of a return do not count.
        else if (r.to === 'returning' || r.to === 'inactive') since.delete(rule);
      } else if (r.type === 'command') {
        const t0 = since.get(r.rule);
        if (t0 !== undefined) total += t - t0;
      }
    },
    finish(_s, _end, row) {
      row['force-hours-in-transfer'] = hours(total);
    },
  };
}
