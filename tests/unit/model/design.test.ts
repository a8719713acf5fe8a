import { describe, expect, it } from 'vitest';
import { modifierFactors, type Modifier } from '../../../src/model/design.js';

const base: Modifier = { id: 'm', when: { kind: 'always' }, rules: 'all', gates: 'all', procedures: 'all', latencyFactor: 0.9, frictionFactor: 0.8, assumption: 't' };
const byFeo: Modifier = { ...base, byParameter: { parameter: 'feo-count', halfAt: 50, latencyFloor: 0.6, frictionFloor: 0.4 } };
const param = (value: number) => [{ name: 'feo-count', value, description: '', assumption: 't' }];

describe('modifierFactors', () => {
  it('uses the fixed factors without a parameter effect', () => {
    expect(modifierFactors(base, [])).toEqual({ latency: 0.9, friction: 0.8 });
  });

  it('has no effect at zero, half the effect at halfAt, and approaches the floor', () => {
    expect(modifierFactors(byFeo, param(0))).toEqual({ latency: 1, friction: 1 });
    expect(modifierFactors(byFeo, param(50)).latency).toBeCloseTo(0.8, 10);
    expect(modifierFactors(byFeo, param(50)).friction).toBeCloseTo(0.7, 10);
    expect(modifierFactors(byFeo, param(500)).latency).toBeCloseTo(0.6, 2);
    // A missing parameter counts as none co-located.
    expect(modifierFactors(byFeo, [])).toEqual({ latency: 1, friction: 1 });
  });

  it('decreases monotonically in the count', () => {
    const xs = [0, 1, 4, 10, 50, 100, 500].map((v) => modifierFactors(byFeo, param(v)).latency);
    expect(xs.every((x, i) => i === 0 || x < xs[i - 1]!)).toBe(true);
  });
});
