import type { CompareOp, Condition } from '../model/condition.js';
import type { SourcePosition } from '../model/scenario.js';
import { CERTIFICATIONS, POSTURES, SITUATIONS, type Scalar } from '../model/theater.js';
import { didYouMean } from './didYouMean.js';
import { keyPosition, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';

/**
 * What a condition may refer to where it is written. A set left undefined is not checked (a
 * design's conditions may read `event.ID`, whose timeline is not known until a scenario uses it).
 */
export interface ConditionScope {
  readonly rules?: ReadonlySet<string>;
  /** Body id -> names of its levels. */
  readonly bodies?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly events?: ReadonlySet<string>;
  /** Restricts the variables (a gate's `to:` reads only its own level). */
  readonly only?: string;
}

/** YAML test keys and the operators they compile to. */
export const TEST_OPS: Readonly<Record<string, CompareOp>> = {
  is: 'eq',
  'is-not': 'ne',
  in: 'in',
  'not-in': 'not-in',
  'at-least': 'gte',
  above: 'gt',
  'at-most': 'lte',
  below: 'lt',
};

const HANDOVER_STATES = ['inactive', 'awaiting-approval', 'transferring', 'transferred', 'returning', 'refused'];
const BODY_STATES = ['dormant', 'activating', 'active', 'standing-down'];
const DECISION_STATES = ['pending', 'approved', 'refused'];
const FIXED_VARIABLES = ['posture', 'defcon', 'watchcon', 'phase', 'situation', 'hostile-acts'];
const PREFIXES = ['fact.', 'rule.', 'body.', 'decision.', 'event.', 'situation.'];

/** What values a variable takes, and whether ordered tests apply. */
interface VariableSpec {
  readonly ordered: boolean;
  /** Returns a problem text ("what; fix") for a bad value, or undefined. */
  check(value: Scalar): string | undefined;
}

const oneOf = (values: readonly Scalar[], what: string): VariableSpec['check'] => (v) =>
  values.includes(v) ? undefined : `${JSON.stringify(v)} is not ${what}; use one of: ${values.join(', ')}`;
const numberIn = (lo: number, hi: number, what: string): VariableSpec['check'] => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? undefined : `${JSON.stringify(v)} is not ${what}; use a whole number from ${lo} to ${hi}`;

/**
 * Compiles a YAML condition (`{defcon: {at-least: 3}}`, `{any: [...]}`, `always`) into a
 * {@link Condition}, reporting unknown variables, bad values and misused tests at their
 * positions. The input has already passed the schema. Never throws; returns `never` for a
 * condition with problems so compilation can go on and report more.
 */
export function compileCondition(raw: unknown, scope: ConditionScope, problems: ProblemList, where: SourcePosition | undefined): Condition {
  if (raw === 'always') return { kind: 'always' };
  if (raw === 'never') return { kind: 'never' };
  const obj = raw as Record<string, unknown>;
  const parts: Condition[] = [];
  const keys = Object.keys(obj);
  if (keys.length === 0) problems.add(where, 'the condition is empty', 'write always, never, or a test such as {defcon: {at-least: 3}}');
  for (const key of keys) {
    const value = obj[key];
    if (key === 'any' || key === 'all') {
      const list = value as unknown[];
      const of = list.map((c, i) => compileCondition(c, scope, problems, valuePosition(list, i)));
      parts.push(of.length === 1 ? of[0]! : { kind: key, of });
    } else if (key === 'not') {
      parts.push({ kind: 'not', of: compileCondition(value, scope, problems, valuePosition(obj, key)) });
    } else {
      parts.push(...compileTests(key, value, obj, scope, problems));
    }
  }
  return parts.length === 1 ? parts[0]! : { kind: 'all', of: parts };
}

function compileTests(variable: string, test: unknown, parent: Record<string, unknown>, scope: ConditionScope, problems: ProblemList): Condition[] {
  const spec = variableSpec(variable, scope, problems, keyPosition(parent, variable));
  // Japan's situations are separate certifications: `situation: X` asks whether X is certified
  // (a gate's `to:` still reads the one certification proposed).
  if (variable === 'situation' && scope.only === undefined) return compileValueTests(variable, spec, test, parent, problems).map(certificationTest);
  return compileValueTests(variable, spec, test, parent, problems);
}

/**
 * A test of `situation` as a set of certifications: `X` holds while X is certified, `in: [..]`
 * while any of them is, `none` while none is. Ordered tests were refused already.
 */
function certificationTest(c: Condition): Condition {
  if (c.kind !== 'compare') return c;
  const holds = (v: Scalar): Condition =>
    v === 'none' ? { kind: 'compare', variable: 'situation', op: 'eq', value: 'none' } : { kind: 'compare', variable: `situation.${String(v)}`, op: 'eq', value: true };
  const list = Array.isArray(c.value) ? (c.value as readonly Scalar[]) : [c.value as Scalar];
  const any: Condition = list.length === 1 ? holds(list[0]!) : { kind: 'any', of: list.map(holds) };
  return c.op === 'eq' || c.op === 'in' ? any : c.op === 'ne' || c.op === 'not-in' ? { kind: 'not', of: any } : { kind: 'never' };
}

function compileValueTests(variable: string, spec: VariableSpec | undefined, test: unknown, parent: Record<string, unknown>, problems: ProblemList): Condition[] {
  if (typeof test !== 'object' || test === null) {
    checkValue(spec, test as Scalar, problems, valuePosition(parent, variable), variable);
    return [{ kind: 'compare', variable, op: 'eq', value: test as Scalar }];
  }
  const tests = test as Record<string, unknown>;
  const out: Condition[] = [];
  if (Object.keys(tests).length === 0) problems.add(valuePosition(parent, variable), `the test of \`${variable}\` is empty`, 'write a value or a test such as {at-least: 3}');
  for (const [name, value] of Object.entries(tests)) {
    const op = TEST_OPS[name]!;
    const pos = valuePosition(tests, name);
    if (spec && !spec.ordered && (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte')) {
      if (variable === 'situation') {
        problems.add(keyPosition(tests, name), `Japan's situations are separate certifications, not a scale, so \`${name}\` does not apply (armed-attack-anticipated does not permit the use of force that survival-threatening does)`, 'name them: {situation: armed-attack} or {situation: {in: [survival-threatening, armed-attack]}}');
      } else problems.add(keyPosition(tests, name), `\`${variable}\` is unordered, so \`${name}\` does not apply`, 'use is, is-not, in or not-in');
    }
    if (op === 'in' || op === 'not-in') {
      const list = value as Scalar[];
      list.forEach((v, i) => checkValue(spec, v, problems, valuePosition(list, i), variable));
      out.push({ kind: 'compare', variable, op, value: [...list] });
    } else {
      checkValue(spec, value as Scalar, problems, pos, variable);
      out.push({ kind: 'compare', variable, op, value: value as Scalar });
    }
  }
  return out;
}

function checkValue(spec: VariableSpec | undefined, value: Scalar, problems: ProblemList, pos: SourcePosition | undefined, variable: string): void {
  const msg = spec?.check(value);
  if (msg === undefined) return;
  const i = msg.indexOf('; ');
  problems.add(pos, `\`${variable}\`: ${msg.slice(0, i)}`, msg.slice(i + 2));
}

/** Resolves a variable name, reporting unknown ones; undefined when it cannot be checked further. */
function variableSpec(name: string, scope: ConditionScope, problems: ProblemList, pos: SourcePosition | undefined): VariableSpec | undefined {
  if (scope.only !== undefined && name !== scope.only) {
    problems.add(pos, `this condition may only test \`${scope.only}\`, not \`${name}\``, `test \`${scope.only}\` (the proposed value)`);
    return undefined;
  }
  switch (name) {
    case 'posture':
      return { ordered: false, check: oneOf(POSTURES, 'a posture') };
    case 'defcon':
      return { ordered: true, check: numberIn(1, 5, 'a DEFCON level') };
    case 'watchcon':
      return { ordered: true, check: numberIn(1, 5, 'a WATCHCON level') };
    case 'phase':
      return { ordered: true, check: numberIn(0, 5, 'a JP 5-0 phase') };
    case 'situation':
      return { ordered: false, check: oneOf(SITUATIONS, 'a situation') };
    case 'hostile-acts':
      return { ordered: true, check: (v) => (typeof v === 'number' ? undefined : `${JSON.stringify(v)} is not a count; write a number`) };
  }
  const dot = name.indexOf('.');
  const prefix = dot > 0 ? name.slice(0, dot + 1) : '';
  const rest = dot > 0 ? name.slice(dot + 1) : '';
  if (!PREFIXES.includes(prefix) || rest === '') {
    const guess = didYouMean(name, [...FIXED_VARIABLES, ...PREFIXES.map((p) => p + rest)]);
    problems.add(pos, `unknown variable \`${name}\``, guess ? `did you mean \`${guess}\`?` : `use ${FIXED_VARIABLES.join(', ')}, or fact.NAME, rule.ID, body.ID, body.ID.level, decision.SUBJECT, event.ID`);
    return undefined;
  }
  switch (prefix) {
    case 'situation.':
      if (!(CERTIFICATIONS as readonly string[]).includes(rest)) {
        problems.add(pos, `unknown situation \`${rest}\``, `use one of: ${CERTIFICATIONS.join(', ')}`);
        return undefined;
      }
      return { ordered: false, check: (v) => (typeof v === 'boolean' ? undefined : `${JSON.stringify(v)} is not true or false; situation.NAME is true while that situation is certified`) };
    case 'fact.':
      return { ordered: true, check: () => undefined };
    case 'decision.':
      return { ordered: false, check: oneOf(DECISION_STATES, 'a decision state') };
    case 'rule.':
      if (scope.rules && !scope.rules.has(rest)) return unknownRef(problems, pos, 'rule', rest, scope.rules);
      return { ordered: false, check: oneOf(HANDOVER_STATES, 'a rule state') };
    case 'event.':
      if (scope.events && !scope.events.has(rest)) return unknownRef(problems, pos, 'timeline event', rest, scope.events);
      return { ordered: false, check: (v) => (typeof v === 'boolean' ? undefined : `${JSON.stringify(v)} is not true or false; event.ID is true once the event fired`) };
    default: {
      const [body, sub, ...more] = rest.split('.');
      if (more.length > 0 || (sub !== undefined && sub !== 'level')) {
        problems.add(pos, `unknown variable \`${name}\``, 'write body.ID or body.ID.level');
        return undefined;
      }
      const levels = scope.bodies?.get(body!);
      if (scope.bodies && !levels) return unknownRef(problems, pos, 'coordination body', body!, scope.bodies.keys());
      if (sub === 'level') return { ordered: false, check: levels ? oneOf([...levels], `a level of body ${body}`) : () => undefined };
      return { ordered: false, check: oneOf(BODY_STATES, 'a body state') };
    }
  }
}

function unknownRef(problems: ProblemList, pos: SourcePosition | undefined, kind: string, id: string, known: Iterable<string>): undefined {
  const guess = didYouMean(id, known);
  problems.add(pos, `no ${kind} has the id \`${id}\``, guess ? `did you mean \`${guess}\`?` : `use the id of a ${kind} defined in this ${kind === 'timeline event' ? 'scenario' : 'design'}`);
  return undefined;
}
