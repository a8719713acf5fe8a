/**
 * What one run may cost, in one place (documented in docs/limits.md beside the loader's input
 * limits, src/scenario/limits.ts, which re-exports these). The input limits bound the size of a
 * file; these bound what a small file can make the engine do: a loop of rules that fires
 * forever at one simulated instant, or a friction rate kept up for centuries. Past a budget a
 * run stops with an {@link InputError} (exit 2) naming what ran away, instead of hanging or
 * running out of memory. Kept in the model layer because both the loader (refusing up front
 * what can be computed) and the engine (stopping at run time) read them.
 */
export interface RunBudget {
  /**
   * Records one run may write (the closing `run-end` aside). Each kept record costs about
   * 0.5 KB of memory with its history and output, so the default (1,000,000) stays near
   * 0.5 GB, inside Node's default heap; the largest shipped scenario writes under 1,000.
   */
  readonly maxRecords: number;
  /**
   * Engine steps (condition re-checks and the work they set off) at one simulated minute. Time
   * does not pass inside an instant, so only a loop of conditions and state changes can use
   * many: the largest shipped scenario takes under 200, a 10,000-event timeline stamped at one
   * minute about 60,000. The default (1,000,000) stops a runaway loop within a second or two.
   */
  readonly maxStepsPerInstant: number;
}

/** The budgets used unless a caller passes others (`RunOptions.budget`, `LoadOptions.budget`). */
export const DEFAULT_RUN_BUDGET: RunBudget = Object.freeze({
  maxRecords: 1_000_000,
  maxStepsPerInstant: 50_000,
});

/** The default budget with some entries replaced. */
export function resolveRunBudget(overrides: Partial<RunBudget> | undefined): RunBudget {
  return overrides ? { ...DEFAULT_RUN_BUDGET, ...overrides } : DEFAULT_RUN_BUDGET;
}
