import type { Expectation } from '../model/scenario.js';
import type { Scalar } from '../model/theater.js';
import { evaluate, describeCondition } from '../model/condition.js';
import { matches } from '../model/force.js';
import { formatRelative } from '../model/time.js';
import { rank } from './variables.js';
import type { RunResult } from './api.js';

/** The verdict on one `expect:` entry. */
export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly ok: boolean;
  /** Why it failed: the first instant it does not hold and what was found there. */
  readonly detail: string;
}

/**
 * Checks a scenario's `expect:` entries against a finished run (which must have kept its
 * history). A window check must hold at its start and after every change inside it.
 */
export function checkExpectations(result: RunResult): ExpectationResult[] {
  const { model, history, theater } = result;
  if (!history || !theater) throw new Error('checkExpectations needs a run with keepHistory');
  const resolve = (t: number | 'end') => (t === 'end' ? model.end : t);
  // Instants at which anything changed: the only places a window check can start failing.
  const changeTimes = [...new Set([...history.snapshots.map((s) => s.t), ...theater.map((c) => c.t)])].sort((a, b) => a - b);

  return model.expectations.map((e) => {
    const from = resolve(e.from);
    const to = resolve(e.to);
    const instants = [from, ...changeTimes.filter((t) => t > from && t <= to)];
    for (const t of instants) {
      const problem = e.check.kind === 'holder' ? holderProblem(result, e, t) : theaterProblem(result, e, t);
      if (problem) return { expectation: e, ok: false, detail: `at ${formatRelative(t, model.start)}: ${problem}` };
    }
    return { expectation: e, ok: true, detail: '' };
  });
}

function holderProblem(result: RunResult, e: Expectation, t: number): string | undefined {
  if (e.check.kind !== 'holder') return undefined;
  const { relationship, holder, forces: selector } = e.check;
  const table = result.history!.at(t);
  const forces = result.model.forces;
  let any = false;
  for (let i = 0; i < forces.length; i++) {
    if (!matches(forces[i]!, selector)) continue;
    any = true;
    const actual = table[i]![relationship];
    if (actual !== holder) return `${relationship.toUpperCase()} of ${forces[i]!.id} is held by ${actual ?? 'nobody'}, expected ${holder ?? 'nobody'}`;
  }
  return any ? undefined : 'the force selector picks no force';
}

/** Theater variables as they stood at `t` (after every change stamped at or before it). */
export function variablesAt(changes: readonly { t: number; name: string; value: Scalar }[], t: number): Map<string, Scalar> {
  const values = new Map<string, Scalar>();
  for (const c of changes) {
    if (c.t > t) break;
    values.set(c.name, c.value);
  }
  return values;
}

function theaterProblem(result: RunResult, e: Expectation, t: number): string | undefined {
  if (e.check.kind !== 'theater') return undefined;
  const values = variablesAt(result.theater!, t);
  if (evaluate(e.check.condition, (v) => values.get(v), rank)) return undefined;
  const shown = ['posture', 'defcon', 'watchcon', 'phase', 'situation'].map((v) => `${v} ${values.get(v)}`).join(', ');
  return `expected ${describeCondition(e.check.condition)}; theater was ${shown}`;
}
