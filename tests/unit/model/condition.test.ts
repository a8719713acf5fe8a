import { describe, expect, it } from 'vitest';
import { evaluate, variablesOf, describeCondition, type Condition } from '../../../src/model/condition.js';
import { rank } from '../../../src/engine/variables.js';

const read = (vals: Record<string, string | number | boolean>) => (v: string) => vals[v];

describe('conditions', () => {
  it('orders DEFCON by gravity: at-least 3 means DEFCON III, II or I', () => {
    const c: Condition = { kind: 'compare', variable: 'defcon', op: 'gte', value: 3 };
    expect(evaluate(c, read({ defcon: 3 }), rank)).toBe(true);
    expect(evaluate(c, read({ defcon: 2 }), rank)).toBe(true);
    expect(evaluate(c, read({ defcon: 4 }), rank)).toBe(false);
  });

  it('orders situations by gravity and numeric facts by value', () => {
    const s: Condition = { kind: 'compare', variable: 'situation', op: 'gt', value: 'important-influence' };
    expect(evaluate(s, read({ situation: 'armed-attack' }), rank)).toBe(true);
    expect(evaluate(s, read({ situation: 'gray-zone' }), rank)).toBe(false);
    const f: Condition = { kind: 'compare', variable: 'fact.feo', op: 'lte', value: 10 };
    expect(evaluate(f, read({ 'fact.feo': 4 }), rank)).toBe(true);
  });

  it('combines with all/any/not, treats unset as false, and lists its variables', () => {
    const c: Condition = {
      kind: 'all',
      of: [
        { kind: 'compare', variable: 'posture', op: 'in', value: ['crisis', 'hostilities'] },
        { kind: 'not', of: { kind: 'compare', variable: 'fact.x', op: 'eq', value: true } },
      ],
    };
    expect(evaluate(c, read({ posture: 'crisis' }), rank)).toBe(true);
    expect(evaluate(c, read({ posture: 'crisis', 'fact.x': true }), rank)).toBe(false);
    expect(evaluate(c, read({}), rank)).toBe(false);
    expect([...variablesOf(c)]).toEqual(['posture', 'fact.x']);
    expect(describeCondition(c)).toBe('posture in [crisis, hostilities] and not (fact.x is true)');
  });
});
