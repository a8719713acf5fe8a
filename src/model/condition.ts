import type { Scalar } from './theater.js';

/**
 * The declarative condition language used by `when:`, `return-when:` and conditional events.
 * Nothing in a scenario is evaluated as code: a condition is data, compiled once from YAML.
 *
 * Variables are flat names the engine keeps current:
 * - `posture`, `defcon`, `watchcon`, `phase`, `situation` (theater levels);
 * - `fact.NAME` (facts set by scenario events);
 * - `rule.ID` (a transfer rule's handover state: inactive, awaiting-approval, transferring,
 *   transferred, returning, refused);
 * - `body.ID` (a coordination body's state: dormant, activating, active, standing-down) and
 *   `body.ID.level`;
 * - `decision.SUBJECT` (approved, refused, pending);
 * - `event.ID` (true once a scenario event has fired); `hostile-acts` (count so far).
 */
export type Condition =
  | { readonly kind: 'always' }
  | { readonly kind: 'never' }
  | { readonly kind: 'compare'; readonly variable: string; readonly op: CompareOp; readonly value: Scalar | readonly Scalar[] }
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'not'; readonly of: Condition };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'not-in';

/**
 * Ranks a value of a variable by gravity. Ordered comparisons (YAML `at-least`, `above`,
 * `at-most`, `below`; here gte, gt, lte, lt) compare ranks, so `defcon: {at-least: 3}` means
 * "DEFCON III or graver" although DEFCON numbers fall as alert rises. Numeric facts rank as
 * their own value.
 */
export type Ranker = (variable: string, value: Scalar) => number | undefined;

/** What a condition reads: the current value of a variable, or undefined if unset. */
export type VariableReader = (variable: string) => Scalar | undefined;

/** Evaluates a compiled condition. Pure; unknown variables compare as unset (false, except `ne`/`not-in`). */
export function evaluate(c: Condition, read: VariableReader, rank: Ranker): boolean {
  switch (c.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'all':
      return c.of.every((x) => evaluate(x, read, rank));
    case 'any':
      return c.of.some((x) => evaluate(x, read, rank));
    case 'not':
      return !evaluate(c.of, read, rank);
    case 'compare':
      return compare(c, read(c.variable), rank);
  }
}

function compare(c: Extract<Condition, { kind: 'compare' }>, actual: Scalar | undefined, rank: Ranker): boolean {
  const { op, value } = c;
  if (op === 'in' || op === 'not-in') {
    const inSet = actual !== undefined && (value as readonly Scalar[]).includes(actual);
    return op === 'in' ? inSet : !inSet;
  }
  if (op === 'eq') return actual === value;
  if (op === 'ne') return actual !== value;
  if (actual === undefined) return false;
  const a = rank(c.variable, actual);
  const b = rank(c.variable, value as Scalar);
  if (a === undefined || b === undefined) return false;
  switch (op) {
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
  }
}

/** Every variable a condition reads, so the engine re-evaluates it only when one of them changes. */
export function variablesOf(c: Condition, into: Set<string> = new Set()): Set<string> {
  switch (c.kind) {
    case 'compare':
      into.add(c.variable);
      break;
    case 'all':
    case 'any':
      for (const x of c.of) variablesOf(x, into);
      break;
    case 'not':
      variablesOf(c.of, into);
      break;
  }
  return into;
}

/** A short human reading of a condition, for narration and diagrams: `defcon >= 3 and phase >= 2`. */
export function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'always':
      return 'always';
    case 'never':
      return 'never';
    case 'not':
      return `not (${describeCondition(c.of)})`;
    case 'all':
      return c.of.map(describeCondition).join(' and ');
    case 'any':
      return c.of.map((x) => (x.kind === 'all' ? `(${describeCondition(x)})` : describeCondition(x))).join(' or ');
    case 'compare': {
      // Japan's situations read as certifications: `situation.armed-attack is certified`.
      if (c.variable.startsWith('situation.') && typeof c.value === 'boolean' && (c.op === 'eq' || c.op === 'ne')) {
        return `${c.variable} is ${(c.op === 'eq') === c.value ? '' : 'not '}certified`;
      }
      const sym: Record<CompareOp, string> = { eq: 'is', ne: 'is not', lt: 'below', lte: 'at most', gt: 'above', gte: 'at least', in: 'in', 'not-in': 'not in' };
      const v = Array.isArray(c.value) ? `[${(c.value as Scalar[]).join(', ')}]` : String(c.value);
      return `${c.variable} ${sym[c.op]} ${v}`;
    }
  }
}
