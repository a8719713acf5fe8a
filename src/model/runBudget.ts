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
   * Records one run may write (the closing `run-end` aside), counted whether or not they are
   * kept. A kept record costs about 0.4 KB with its command history, so the default
   * (1,000,000) peaks near 0.4 GB, inside Node's default heap; the largest shipped scenario
   * writes 360.
   */
  readonly maxRecords: number;
  /**
   * Engine steps (condition re-checks and the work they set off) at one simulated minute. Time
   * does not pass inside an instant, so only a loop of conditions and state changes uses many:
   * the shipped scenarios need at most 22. A runaway loop takes about 8 steps a turn, so the
   * default (50,000) stops one in about a second.
   */
  readonly maxStepsPerInstant: number;
  /**
   * Force entries of command history one run may keep (snapshots x forces), when history is
   * kept (`run`, `at`, `check`, `explain`, viewers; sweeps keep none). Each change of the
   * command table keeps a snapshot as long as the force list (8 bytes an entry), so 100 rules
   * each moving one of 5,000 forces at every DEFCON flip filled 2 GB in two minutes well under
   * the record budget. The default (10,000,000) is about 80 MB.
   */
  readonly maxHistoryCells: number;
}

/** The budgets used unless a caller passes others (`RunOptions.budget`, `LoadOptions.budget`). */
export const DEFAULT_RUN_BUDGET: RunBudget = Object.freeze({
  maxRecords: 1_000_000,
  maxStepsPerInstant: 50_000,
  maxHistoryCells: 10_000_000,
});

/** The default budget with some entries replaced. */
export function resolveRunBudget(overrides: Partial<RunBudget> | undefined): RunBudget {
  return overrides ? { ...DEFAULT_RUN_BUDGET, ...overrides } : DEFAULT_RUN_BUDGET;
}
