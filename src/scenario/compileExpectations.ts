import { describeCondition } from '../model/condition.js';
import type { Expectation, SourcePosition } from '../model/scenario.js';
import { parseTimeSpec, type SimTime } from '../model/time.js';
import { compileCondition, type ConditionScope } from './compileCondition.js';
import { compileScenarioSelector, reportUnknown, type SelectorScope } from './compileParts.js';
import { keyPosition, positionOf, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';
import type { RawExpectation } from './scenarioSchema.js';

/** What expectations may refer to. */
export interface ExpectationScope {
  readonly start: SimTime;
  readonly end: SimTime;
  readonly headquarters: ReadonlySet<string>;
  readonly conditions: ConditionScope;
  readonly selectors: SelectorScope;
}

const HOLDER_KEYS = ['opcon', 'tacon', 'adcon'] as const;

/**
 * Compiles `expect:` checks: `at: X` (from = to = X) or `during: [A, B]`; either a holder check
 * (`forces:` plus exactly one of `opcon:`, `tacon:`, `adcon:`) or a `theater:` condition.
 */
export function compileExpectations(raw: readonly RawExpectation[], scope: ExpectationScope, problems: ProblemList): Expectation[] {
  return raw.map((x, i) => {
    const here = positionOf(x);
    const id = x.id ?? `expect-${i + 1}`;
    const [from, to] = window(x, id, scope, problems, here);
    const holders = HOLDER_KEYS.filter((k) => x[k] !== undefined);
    let check: Expectation['check'];
    if (x.records !== undefined) {
      if (holders.length || x.forces !== undefined || x.theater !== undefined) problems.add(keyPosition(x, 'records'), `expectation \`${id}\` mixes \`records:\` with another check`, 'split it into separate expectations');
      const { type, count, min, max, ...where } = x.records;
      if (count !== undefined && (min !== undefined || max !== undefined)) problems.add(valuePosition(x, 'records'), `expectation \`${id}\` gives count: with min:/max:`, 'use count: for an exact number, or min:/max: for a range');
      if (count === undefined && min === undefined && max === undefined) problems.add(valuePosition(x, 'records'), `expectation \`${id}\` says no count`, 'add count: N, or min:/max:');
      const at = valuePosition(x, 'records');
      if (where.rule !== undefined && scope.conditions.rules && !scope.conditions.rules.has(where.rule)) reportUnknown(problems, at, 'rule', where.rule, scope.conditions.rules);
      if (where.body !== undefined && scope.conditions.bodies && !scope.conditions.bodies.has(where.body)) reportUnknown(problems, at, 'coordination body', where.body, new Set(scope.conditions.bodies.keys()));
      if (where.force !== undefined && scope.selectors.forces && !scope.selectors.forces.has(where.force)) reportUnknown(problems, at, 'force', where.force, scope.selectors.forces);
      check = { kind: 'records', type, where: where as Record<string, string>, min: count ?? min ?? 0, max: count ?? max ?? Number.MAX_SAFE_INTEGER };
    } else if (x.theater !== undefined) {
      if (holders.length || x.forces !== undefined) problems.add(keyPosition(x, 'theater'), `expectation \`${id}\` mixes \`theater:\` with a holder check`, 'split it into two expectations');
      check = { kind: 'theater', condition: compileCondition(x.theater, scope.conditions, problems, valuePosition(x, 'theater')) };
    } else {
      if (holders.length !== 1) problems.add(holders.length ? keyPosition(x, holders[1]!) : here, `expectation \`${id}\` needs exactly one of opcon:, tacon:, adcon: (it has ${holders.length})`, 'write e.g. opcon: cfc, or use theater: for a theater condition');
      if (x.forces === undefined) problems.add(here, `expectation \`${id}\` has no \`forces:\``, 'add forces: (a selector such as {ids: [rok-1-corps]})');
      const relationship = holders[0] ?? 'opcon';
      const holder = x[relationship] ?? null;
      if (holder !== null && !scope.headquarters.has(holder)) reportUnknown(problems, valuePosition(x, relationship), 'headquarters', holder, scope.headquarters);
      check = { kind: 'holder', forces: x.forces === undefined ? {} : compileScenarioSelector(x.forces, scope.selectors, problems, valuePosition(x, 'forces')), relationship, holder };
    }
    const description = x.description ?? describe(check, x);
    return { id, description, from, to, check, ...(here ? { position: here } : {}) };
  });
}

function window(x: RawExpectation, id: string, scope: ExpectationScope, problems: ProblemList, here: SourcePosition | undefined): [SimTime | 'end', SimTime | 'end'] {
  if ((x.at === undefined) === (x.during === undefined)) {
    problems.add(here, `expectation \`${id}\` needs exactly one of at: or during:`, 'write at: T+3d, or during: [T+0m, end]');
    return ['end', 'end'];
  }
  if (x.at !== undefined) {
    const t = time(x.at, scope, problems, valuePosition(x, 'at'));
    return [t, t];
  }
  const [a, b] = x.during!;
  const from = time(a, scope, problems, valuePosition(x.during, 0));
  const to = time(b, scope, problems, valuePosition(x.during, 1));
  if (from !== 'end' && to !== 'end' && from > to) problems.add(valuePosition(x, 'during'), `expectation \`${id}\`: the window [${a}, ${b}] ends before it begins`, 'write [earlier, later]');
  if (from === 'end' && to !== 'end') problems.add(valuePosition(x, 'during'), `expectation \`${id}\`: the window starts at end`, 'write [earlier, end]');
  return [from, to];
}

function time(text: string, scope: ExpectationScope, problems: ProblemList, at: SourcePosition | undefined): SimTime | 'end' {
  if (text === 'end') return 'end';
  const t = parseTimeSpec(text, scope.start) ?? scope.start;
  if (t < scope.start || t > scope.end) problems.add(at, `${text} is outside the run (start to end)`, 'check a time between start and end');
  return t;
}

function describe(check: Expectation['check'], x: RawExpectation): string {
  // Neither at: nor during: is already a reported problem; the description must not crash on it.
  const when = x.at !== undefined ? `at ${x.at}` : x.during !== undefined ? `during [${x.during.join(', ')}]` : 'at no time';
  if (check.kind === 'theater') return `${describeCondition(check.condition)} ${when}`;
  if (check.kind === 'records') {
    const fields = Object.entries(check.where).map(([k, v]) => `${k} ${v}`).join(', ');
    const n = check.min === check.max ? `${check.min}` : check.max === Number.MAX_SAFE_INTEGER ? `at least ${check.min}` : `${check.min} to ${check.max}`;
    return `${n} ${check.type} record(s)${fields ? ` with ${fields}` : ''} ${x.at !== undefined ? `up to ${x.at}` : when}`;
  }
  const who = check.forces.ids ? check.forces.ids.join(', ') : 'the selected forces';
  return check.holder === null ? `no ${check.relationship.toUpperCase()} holder for ${who} ${when}` : `${who} under ${check.holder} ${check.relationship.toUpperCase()} ${when}`;
}
