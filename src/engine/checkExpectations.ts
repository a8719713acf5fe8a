import type { Expectation } from '../model/scenario.js';
import type { Scalar } from '../model/theater.js';
import { evaluate, describeCondition } from '../model/condition.js';
import { matches } from '../model/force.js';
import { formatIso, formatRelative } from '../model/time.js';
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
    if (e.check.kind === 'records') {
      // `at: X` counts from the start to X; a window counts within it.
      const problem = recordsProblem(result, e.check, e.from === e.to ? model.start : from, to);
      return problem ? { expectation: e, ok: false, detail: problem } : { expectation: e, ok: true, detail: '' };
    }
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

function recordsProblem(result: RunResult, check: Extract<Expectation['check'], { kind: 'records' }>, from: number, to: number): string | undefined {
  const lo = formatIso(from);
  const hi = formatIso(to);
  const fields = Object.entries(check.where);
  let n = 0;
  for (const r of result.records) {
    if (r.type !== check.type || r.t < lo || r.t > hi) continue;
    const rec = r as unknown as Record<string, unknown>;
    if (fields.every(([k, v]) => rec[k] === v)) n++;
  }
  if (n >= check.min && n <= check.max) return undefined;
  const want = check.min === check.max ? `${check.min}` : check.max === Number.MAX_SAFE_INTEGER ? `at least ${check.min}` : `${check.min} to ${check.max}`;
  return `found ${n} ${check.type} record(s) from ${formatRelative(from, result.model.start)} to ${formatRelative(to, result.model.start)}, expected ${want}`;
}
