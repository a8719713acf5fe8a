import { InputError } from '../model/errors.js';
import { resolveRunBudget, type RunBudget } from '../model/runBudget.js';
import type { ScenarioModel } from '../model/scenario.js';
import { DAY, MINUTE } from '../model/time.js';

/**
 * Refuses, before a run starts, a model whose rates over its span would write more records
 * than the run's budget allows (docs/limits.md). Only friction recurs on its own: episodes
 * arise at the design's rate (times every modifier that could raise it) for as long as forces
 * of several nations are engaged under divided command, at most one a minute, and each writes
 * two records. The estimate assumes friction could last the whole run, so it is an upper
 * bound; a run within it that still writes too much is stopped by the engine's record budget.
 * The loader calls this (so `validate` refuses such a file) and so does `simulate` (a sweep's
 * parameters can change rates).
 */
export function checkRunBudget(model: ScenarioModel, overrides?: Partial<RunBudget>): void {
  const budget = resolveRunBudget(overrides);
  const episodes = frictionEpisodesAtMost(model);
  if (2 * episodes <= budget.maxRecords) return;
  const friction = model.design.friction!;
  const days = (model.end - model.start) / DAY;
  throw InputError.at(
    undefined,
    `friction at ${friction.ratePerDay} per day (design \`${model.design.id}\`) over ${formatCount(days)} days could write about ${formatCount(2 * episodes)} records, over the budget of ${budget.maxRecords} per run`,
    'shorten the run (start/end), lower the friction rate, or raise maxRecords (docs/limits.md)',
    model.file,
  );
}

// Per model: sweeps and compare run one model thousands of times.
const episodesOf = new WeakMap<ScenarioModel, number>();

/** Friction episodes a run could have if friction lasted from start to end (0 if it never can). */
export function frictionEpisodesAtMost(model: ScenarioModel): number {
  let episodes = episodesOf.get(model);
  if (episodes === undefined) episodesOf.set(model, (episodes = estimateEpisodes(model)));
  return episodes;
}

function estimateEpisodes(model: ScenarioModel): number {
  const friction = model.design.friction;
  // Parallel command and dual guidance are independent processes that may run together.
  const rate = (friction?.ratePerDay ?? 0) + (friction?.dualGuidance?.ratePerDay ?? 0);
  if (!friction || rate <= 0) return 0;
  // Friction needs engaged forces of two nations: without an event that engages any, none.
  const engages = model.timeline.some((e) => (e.action.kind === 'hostile-act' && e.action.engaged !== undefined) || (e.action.kind === 'engage' && e.action.engaged));
  if (!engages || new Set(model.forces.map((f) => f.nation)).size < 2) return 0;
  const raise = model.design.modifiers.reduce((f, m) => f * Math.max(1, m.frictionFactor), 1);
  const span = model.end - model.start;
  // Arrivals of each process are at least a minute apart (friction.ts), whatever the rate.
  const processes = (friction.ratePerDay > 0 ? 1 : 0) + ((friction.dualGuidance?.ratePerDay ?? 0) > 0 ? 1 : 0);
  return Math.min((rate * raise * span) / DAY, (processes * span) / MINUTE);
}

function formatCount(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : String(Math.round(n));
}
