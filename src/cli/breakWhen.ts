import type { RunResult } from '../engine/api.js';
import { rank } from '../engine/variables.js';
import { evaluate } from '../model/condition.js';
import type { Scalar } from '../model/theater.js';
import type { SimTime } from '../model/time.js';
import type { NarrationStep } from '../narrate/narrationStep.js';
import { CommandReplay } from '../output/commandReplay.js';
import { runFacts } from '../output/runFacts.js';
import type { Breakpoint } from '../scenario/parseBreakWhen.js';

/**
 * The first instant at which a breakpoint holds in a run (checked after every change of that
 * minute, the run's resolution), or undefined when it never does.
 */
export function firstInstant(bp: Breakpoint, result: RunResult): SimTime | undefined {
  return bp.kind === 'holder' ? firstHolderInstant(bp, result) : firstConditionInstant(bp.condition, result);
}

function firstConditionInstant(condition: Extract<Breakpoint, { kind: 'condition' }>['condition'], result: RunResult): SimTime | undefined {
  const changes = result.theater ?? [];
  const values = new Map<string, Scalar>();
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    values.set(c.name, c.value);
    // Judge an instant only after all of its changes.
    if (changes[i + 1]?.t === c.t) continue;
    if (evaluate(condition, (v) => values.get(v), rank)) return c.t;
  }
  return undefined;
}

function firstHolderInstant(bp: Extract<Breakpoint, { kind: 'holder' }>, result: RunResult): SimTime | undefined {
  const facts = runFacts(result);
  const i = facts.forces.findIndex((f) => f.id === bp.force);
  if (i < 0) return undefined;
  const replay = CommandReplay.fromRecords(result.records, facts.forces.map((f) => f.id), { opcon: facts.forces.map((f) => f.opcon), tacon: facts.forces.map((f) => f.tacon) });
  const holds = (count: number) => replay.tableAfterCount(count)[bp.relationship][i] === bp.holder;
  if (holds(0)) return facts.start;
  for (let k = 0; k < replay.changes.length; k++) {
    const c = replay.changes[k]!;
    if (replay.changes[k + 1]?.t === c.t) continue;
    if (holds(k + 1)) return c.t;
  }
  return undefined;
}

/** The steps up to and including the instant a breakpoint first holds, and that instant. */
export function stepsUntilBreak(steps: readonly NarrationStep[], bp: Breakpoint, result: RunResult): { steps: NarrationStep[]; at: SimTime | undefined } {
  const at = firstInstant(bp, result);
  return { steps: at === undefined ? [...steps] : steps.filter((s) => s.t <= at), at };
}
