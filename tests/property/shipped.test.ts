import { describe, expect } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario, listBuiltinDesigns } from '../../src/scenario/index.js';
import { invariantViolation, jsonl } from '../helpers/invariants.js';
import { shippedScenarios } from '../helpers/shipped.js';

/**
 * The kernel's invariants over every shipped scenario, and over every built-in design run on
 * the scenarios of its own alliance, for random seeds. A failure prints the seed; replay it
 * with `opcon run FILE --seed SEED --format jsonl`.
 */
const scenarios = shippedScenarios().map((file) => ({ file, model: loadScenario(file) }));

describe.each(scenarios)('$file', ({ file, model }) => {
  fcTest.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 15 })('invariants hold and the log is deterministic', (seed) => {
    const a = simulate(model, { seed: String(seed) });
    const violation = invariantViolation(a);
    expect(violation, `replay: opcon run ${file} --seed ${seed} --format jsonl`).toBeUndefined();
    expect(jsonl(simulate(model, { seed: String(seed) }).records)).toBe(jsonl(a.records));
  });
});

describe('every built-in design', () => {
  const designs = listBuiltinDesigns();
  fcTest.prop([fc.constantFrom(...designs.map((d) => d.id)), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: Math.max(30, designs.length * 3) })(
    'runs the scenarios of its alliance with the invariants intact',
    (designId, seed) => {
      const alliance = designs.find((d) => d.id === designId)!.alliance;
      for (const { file, model } of scenarios) {
        if (model.design.alliance !== alliance) continue;
        let m;
        try {
          m = loadScenario(file, { design: designId });
        } catch {
          continue; // a scenario may name headquarters this design lacks: that is a load error, not a run
        }
        const r = simulate(m, { seed: String(seed) });
        expect(invariantViolation(r), `replay: opcon run ${file} --design ${designId} --seed ${seed}`).toBeUndefined();
      }
    },
  );
});
