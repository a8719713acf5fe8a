import { describe, expect, it } from 'vitest';
import { firstInstant } from '../../../src/cli/breakWhen.js';
import { simulate } from '../../../src/engine/simulate.js';
import { InputError } from '../../../src/model/errors.js';
import type { CommandRecord, StateRecord } from '../../../src/model/records.js';
import { parseRecordTime } from '../../../src/model/time.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { parseBreakWhen } from '../../../src/scenario/parseBreakWhen.js';
import { formatFragment, parseFragment } from '../../../src/viewer/page/fragment.js';

describe('explain --break-when', () => {
  const result = simulate(loadScenario('scenarios/korea/escalation.yaml'));
  const model = result.model;
  it('finds the first instant a command fact holds: the first transfer of the force', () => {
    const first = result.records.find((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-1-corps' && r.to === 'cfc')!;
    expect(firstInstant(parseBreakWhen('force rok-1-corps OPCON at cfc', model), result)).toBe(parseRecordTime(first.t));
    // Its initial holder holds at the start.
    expect(firstInstant(parseBreakWhen('force rok-1-corps opcon under rok-jcs', model), result)).toBe(model.start);
  });
  it('finds the first instant a scenario condition holds, after all changes of that minute', () => {
    const raised = result.records.find((r): r is StateRecord => r.type === 'state' && r.machine === 'theater.defcon' && r.to === '3')!;
    expect(firstInstant(parseBreakWhen('defcon: {at-least: 3}', model), result)).toBe(parseRecordTime(raised.t));
    expect(firstInstant(parseBreakWhen('{all: [{defcon: {at-least: 3}}, {posture: crisis}]}', model), result)).toBeGreaterThanOrEqual(parseRecordTime(raised.t));
    expect(firstInstant(parseBreakWhen('defcon: 1', model), result)).toBeUndefined();
  });
  it('refuses unknown names and malformed input as input errors', () => {
    for (const bad of ['defcom: 3', 'force nobody OPCON at cfc', 'force rok-1-corps OPCON at nowhere', 'force rok-1-corps', '[1, 2]', 'defcon: {about: 3}']) {
      expect(() => parseBreakWhen(bad, model), bad).toThrow(InputError);
    }
  });
});

describe('viewer URL fragment', () => {
  it('reads and writes #step=N&large, counting steps from 1', () => {
    expect(parseFragment('#step=12')).toEqual({ step: 11, large: false });
    expect(parseFragment('#large&step=3')).toEqual({ step: 2, large: true });
    expect(parseFragment('#large')).toEqual({ step: undefined, large: true });
    expect(parseFragment('')).toEqual({ step: undefined, large: false });
    expect(parseFragment('#step=x&other')).toEqual({ step: undefined, large: false });
    expect(formatFragment(11, true)).toBe('#step=12&large');
    expect(parseFragment(formatFragment(4, false))).toEqual({ step: 4, large: false });
  });
});
