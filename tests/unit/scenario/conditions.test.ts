import { test as propTest, fc } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { describeCondition, variablesOf, type CompareOp, type Condition } from '../../../src/model/condition.js';
import { POSTURES, type Scalar } from '../../../src/model/theater.js';
import { compileCondition, type ConditionScope } from '../../../src/scenario/compileCondition.js';
import { ProblemList } from '../../../src/scenario/problems.js';
import { condition as conditionSchema } from '../../../src/scenario/schemaParts.js';

const SCOPE: ConditionScope = { rules: new Set(['r1']), bodies: new Map([['b1', new Set(['low', 'high'])]]), events: new Set(['e1']) };

function compile(raw: unknown, scope: ConditionScope = SCOPE): { c: Condition; problems: string[] } {
  const list = new ProblemList('c.yaml');
  const c = compileCondition(raw, scope, list, { file: 'c.yaml', line: 1, column: 1 });
  try {
    list.throwIfAny();
    return { c, problems: [] };
  } catch (e) {
    return { c, problems: (e as Error).message.split('\n') };
  }
}

const cmp = (variable: string, op: CompareOp, value: Scalar | Scalar[]): Condition => ({ kind: 'compare', variable, op, value });

describe('compileCondition', () => {
  test('each YAML test maps to its operator', () => {
    expect(compile({ defcon: 3 }).c).toEqual(cmp('defcon', 'eq', 3));
    expect(compile({ posture: { is: 'crisis' } }).c).toEqual(cmp('posture', 'eq', 'crisis'));
    expect(compile({ posture: { 'is-not': 'crisis' } }).c).toEqual(cmp('posture', 'ne', 'crisis'));
    // Japan's situations are separate certifications: a test of `situation` asks what is certified.
    expect(compile({ situation: { in: ['gray-zone', 'armed-attack'] } }).c).toEqual({ kind: 'any', of: [cmp('situation.gray-zone', 'eq', true), cmp('situation.armed-attack', 'eq', true)] });
    expect(compile({ situation: 'armed-attack' }).c).toEqual(cmp('situation.armed-attack', 'eq', true));
    expect(compile({ situation: { 'not-in': ['none'] } }).c).toEqual({ kind: 'not', of: cmp('situation', 'eq', 'none') });
    expect(compile({ situation: { 'at-least': 'survival-threatening' } }).problems[0]).toMatch(/Japan's situations are separate certifications, not a scale, so `at-least` does not apply .*; name them: \{situation: armed-attack\}/);
    expect(compile({ phase: { 'at-least': 2 } }).c).toEqual(cmp('phase', 'gte', 2));
    expect(compile({ phase: { above: 2 } }).c).toEqual(cmp('phase', 'gt', 2));
    expect(compile({ defcon: { 'at-most': 4 } }).c).toEqual(cmp('defcon', 'lte', 4));
    expect(compile({ defcon: { below: 4 } }).c).toEqual(cmp('defcon', 'lt', 4));
    expect(compile('always').c).toEqual({ kind: 'always' });
    expect(compile('never').c).toEqual({ kind: 'never' });
  });

  test('several keys all must hold; any/all/not nest', () => {
    expect(compile({ phase: { 'at-least': 2 }, posture: 'hostilities' }).c).toEqual({ kind: 'all', of: [cmp('phase', 'gte', 2), cmp('posture', 'eq', 'hostilities')] });
    expect(compile({ any: [{ posture: 'hostilities' }, { 'fact.article-5': true }] }).c).toEqual({ kind: 'any', of: [cmp('posture', 'eq', 'hostilities'), cmp('fact.article-5', 'eq', true)] });
    expect(compile({ not: { 'event.e1': true } }).c).toEqual({ kind: 'not', of: cmp('event.e1', 'eq', true) });
    expect(compile({ defcon: { 'at-least': 3, 'at-most': 2 } }).c).toEqual({ kind: 'all', of: [cmp('defcon', 'gte', 3), cmp('defcon', 'lte', 2)] });
  });

  test('variables and values are checked', () => {
    expect(compile({ defcon: 7 }).problems).toEqual(['c.yaml: `defcon`: 7 is not a DEFCON level; use a whole number from 1 to 5']);
    expect(compile({ situation: 'armed-atack' }).problems).toEqual([
      'c.yaml: `situation`: "armed-atack" is not a situation; use one of: none, gray-zone, important-influence, survival-threatening, armed-attack-anticipated, armed-attack',
    ]);
    expect(compile({ 'rule.r1': 'done' }).problems).toEqual(['c.yaml: `rule.r1`: "done" is not a rule state; use one of: inactive, awaiting-approval, transferring, transferred, returning, refused']);
    expect(compile({ 'rule.r2': 'transferred' }).problems).toEqual(['c.yaml: no rule has the id `r2`; did you mean `r1`?']);
    expect(compile({ 'body.b1.level': 'medium' }).problems).toEqual(['c.yaml: `body.b1.level`: "medium" is not a level of body b1; use one of: low, high']);
    expect(compile({ 'body.b1': 'active', 'body.b1.level': 'high', 'decision.defcon:3': 'approved', 'hostile-acts': { 'at-least': 2 }, 'fact.x': 'y' }).problems).toEqual([]);
    expect(compile({ 'event.e2': true }).problems).toEqual(['c.yaml: no timeline event has the id `e2`; did you mean `e1`?']);
    expect(compile({ 'event.e1': 'yes' }).problems).toEqual(['c.yaml: `event.e1`: "yes" is not true or false; event.ID is true once the event fired']);
    expect(compile({ 'decision.x': { 'at-least': 'approved' } }).problems).toEqual(['c.yaml: `decision.x` is unordered, so `at-least` does not apply; use is, is-not, in or not-in']);
    expect(compile({ watchcom: 2 }).problems).toEqual(['c.yaml: unknown variable `watchcom`; did you mean `watchcon`?']);
    expect(compile({ 'facts.x': 2 }).problems).toEqual(['c.yaml: unknown variable `facts.x`; did you mean `fact.x`?']);
    expect(compile({}).problems).toEqual(['c.yaml:1:1: the condition is empty; write always, never, or a test such as {defcon: {at-least: 3}}']);
  });

  test('event.ID is free where the timeline is unknown (in a design)', () => {
    expect(compile({ 'event.anything': true }, { rules: new Set(), bodies: new Map() }).problems).toEqual([]);
  });
});

// ---- property: random valid conditions survive YAML and compile back to themselves ----

const REVERSE: Record<CompareOp, string> = { eq: 'is', ne: 'is-not', in: 'in', 'not-in': 'not-in', gte: 'at-least', gt: 'above', lte: 'at-most', lt: 'below' };
const ORDERED: CompareOp[] = ['eq', 'ne', 'gte', 'gt', 'lte', 'lt', 'in', 'not-in'];
const UNORDERED: CompareOp[] = ['eq', 'ne', 'in', 'not-in'];

function compareArb(variable: string, values: fc.Arbitrary<Scalar>, ordered: boolean): fc.Arbitrary<Condition> {
  return fc.record({ op: fc.constantFrom(...(ordered ? ORDERED : UNORDERED)), one: values, many: fc.uniqueArray(values, { minLength: 1, maxLength: 3 }) }).map(({ op, one, many }) => cmp(variable, op, op === 'in' || op === 'not-in' ? many : one));
}

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  compareArb('posture', fc.constantFrom(...POSTURES), false),
  compareArb('defcon', fc.integer({ min: 1, max: 5 }), true),
  compareArb('phase', fc.integer({ min: 0, max: 5 }), true),
  compareArb('situation.armed-attack', fc.boolean(), false),
  compareArb('rule.r1', fc.constantFrom('inactive', 'transferred', 'refused'), false),
  compareArb('body.b1.level', fc.constantFrom('low', 'high'), false),
  compareArb('event.e1', fc.boolean(), false),
  compareArb('hostile-acts', fc.integer({ min: 0, max: 9 }), true),
  compareArb('fact.alert', fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('red', 'amber'), fc.boolean()), false),
  fc.constantFrom<Condition>({ kind: 'always' }, { kind: 'never' }),
);

const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('c'), { minLength: 2, maxLength: 3 }).map((of): Condition => ({ kind: 'all', of })),
    fc.array(tie('c'), { minLength: 2, maxLength: 3 }).map((of): Condition => ({ kind: 'any', of })),
    tie('c').map((of): Condition => ({ kind: 'not', of })),
  ),
})).c;

/** The YAML a user would write for a compiled condition. */
function toYaml(c: Condition, plainEq: boolean): unknown {
  switch (c.kind) {
    case 'always':
    case 'never':
      return c.kind;
    case 'all':
    case 'any':
      return { [c.kind]: c.of.map((x) => toYaml(x, plainEq)) };
    case 'not':
      return { not: toYaml(c.of, plainEq) };
    case 'compare':
      return { [c.variable]: c.op === 'eq' && plainEq ? c.value : { [REVERSE[c.op]]: c.value } };
  }
}

describe('conditions round-trip', () => {
  propTest.prop([conditionArb, fc.boolean()], { numRuns: 300 })('compile(toYaml(c)) is c, passes the schema, and its description names every variable', (c, plainEq) => {
    const yaml = toYaml(c, plainEq);
    expect(conditionSchema.safeParse(yaml).success).toBe(true);
    const { c: back, problems } = compile(yaml);
    expect(problems).toEqual([]);
    expect(back).toEqual(c);
    const text = describeCondition(back);
    for (const v of variablesOf(back)) expect(text).toContain(v);
  });
});
