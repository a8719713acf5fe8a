/**
 * Every limit the loader enforces on input, in one place (documented in docs/limits.md). They
 * exist so a hostile or broken file fails fast with a clear message instead of exhausting memory
 * or time: an alias bomb, a pathologically nested file, or millions of timeline events.
 */
export interface Limits {
  /** Largest input file read, in bytes. */
  readonly maxFileBytes: number;
  /** Alias dereferences (`*name`) allowed in one file; each expands a copy of its anchor. */
  readonly maxAliasCount: number;
  /** Deepest nesting of mappings and sequences. */
  readonly maxDepth: number;
  /** Values produced from one file after expanding aliases (the real guard against alias bombs). */
  readonly maxNodes: number;
  /** Timeline events in one scenario. */
  readonly maxEvents: number;
  /** Forces in one scenario. */
  readonly maxForces: number;
  /** `expect:` checks in one scenario. */
  readonly maxExpectations: number;
  /** Length of an `extends:` chain. */
  readonly maxExtendsDepth: number;
}

/** The limits used unless a caller passes others. */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxFileBytes: 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 32,
  maxNodes: 200_000,
  maxEvents: 10_000,
  maxForces: 5_000,
  maxExpectations: 5_000,
  maxExtendsDepth: 8,
});

/**
 * The run budgets (records per run, engine steps per simulated instant, and the up-front
 * estimate of rates over a run's span) live beside the model, in src/model/runBudget.ts, because
 * the engine enforces them at run time; they are re-exported here so every limit is found from
 * this file, and documented together in docs/limits.md.
 */
export { DEFAULT_RUN_BUDGET, type RunBudget } from '../model/runBudget.js';

/** The defaults with some limits replaced. */
export function resolveLimits(overrides: Partial<Limits> | undefined): Limits {
  return overrides ? { ...DEFAULT_LIMITS, ...overrides } : DEFAULT_LIMITS;
}
