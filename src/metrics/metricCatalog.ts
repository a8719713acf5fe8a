import type { Direction } from './pairwise.js';

/** What a metric means, for tables and charts; see docs/metrics.md for the exact definitions. */
export interface MetricInfo {
  readonly direction: Direction;
  readonly unit: string;
  readonly label: string;
  /** The per-run 0/1 metric that says this metric's value is censored (a lower bound), when it can be. */
  readonly censoredBy?: string;
}

const BASE: Readonly<Record<string, MetricInfo>> = {
  'decision-latency-h': { direction: 'lower', unit: 'h', label: 'Decision latency (to coordinated allied action)', censoredBy: 'decision-censored' },
  'decision-censored': { direction: 'lower', unit: 'share', label: 'Decision never reached (censored)' },
  'unity-of-command': { direction: 'lower', unit: 'commanders', label: 'Unity of command (top commanders of engaged forces)' },
  'unity-of-command-share': { direction: 'higher', unit: 'share', label: 'Unity of command (share of engaged forces under the main commander)' },
  'coordination-gap-h': { direction: 'lower', unit: 'h', label: 'Coordination gap' },
  'friction-episodes': { direction: 'lower', unit: 'episodes', label: 'Friction episodes' },
  'friction-resolution-h': { direction: 'lower', unit: 'h', label: 'Friction resolution time (mean)' },
  'friction-unresolved': { direction: 'lower', unit: 'episodes', label: 'Friction unresolved at end' },
  refusals: { direction: 'lower', unit: 'decisions', label: 'Refusals' },
  revocations: { direction: 'lower', unit: 'decisions', label: 'Revocations' },
  'constraint-violations': { direction: 'lower', unit: 'transfers', label: 'National constraint violations' },
  'handovers-per-force': { direction: 'lower', unit: 'per force', label: 'Handovers per force' },
  'handovers-max': { direction: 'lower', unit: 'handovers', label: 'Most handovers of one force' },
  'force-hours-in-transfer': { direction: 'lower', unit: 'force-h', label: 'Force-hours in transfer' },
};

/** Information on any metric key, including the per-rule and per-phase families. */
export function metricInfo(key: string): MetricInfo {
  const base = BASE[key];
  if (base) return base;
  if (key.startsWith('transfer-latency-h.')) return { direction: 'lower', unit: 'h', label: `Transfer latency, rule ${key.slice(19)}` };
  if (key.startsWith('c2.phase-')) return { direction: 'higher', unit: '0-4', label: `C2 approach in phase ${key.slice(9)} (0 conflicted .. 4 edge)` };
  return { direction: 'lower', unit: '', label: key };
}

/**
 * Orders metric keys for reports: the fixed metrics in catalogue order, then the families
 * sorted (phases numerically, rules by code point, never by locale).
 */
export function orderMetricKeys(keys: Iterable<string>): string[] {
  const fixed = Object.keys(BASE);
  const set = new Set(keys);
  const rest = [...set].filter((k) => !fixed.includes(k));
  const rank = (k: string) => (k.startsWith('transfer-latency-h.') ? 0 : k.startsWith('c2.phase-') ? 1 : 2);
  rest.sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? Number(a.slice(9)) - Number(b.slice(9)) : a < b ? -1 : a > b ? 1 : 0));
  return [...fixed.filter((k) => set.has(k)), ...rest];
}
