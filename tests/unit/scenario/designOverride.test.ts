import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { InputError } from '../../../src/model/errors.js';

describe('--design override', () => {
  it('skips, and names, checks that refer to ids the other design lacks', () => {
    const own = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml');
    expect(own.skippedExpectations).toBeUndefined();
    const other = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-bcm-1997' });
    expect(other.design.id).toBe('us-japan-bcm-1997');
    expect(other.skippedExpectations?.map((s) => s.reason)).toEqual([expect.stringMatching(/acm/), expect.stringMatching(/acm/)]);
    expect(other.expectations.length + other.skippedExpectations!.length).toBe(own.expectations.length);
  });

  it('still refuses a scenario whose forces name headquarters the other design lacks', () => {
    expect(() => loadScenario('scenarios/korea/escalation.yaml', { design: 'nato' })).toThrow(InputError);
  });
});
