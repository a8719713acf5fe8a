import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { narrate } from '../../../src/narrate/narrate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { shippedScenarios } from '../../helpers/shipped.js';

/** Every shipped scenario narrates, and every rule-driven step cites where its rule comes from. */
describe('narration of the shipped scenarios', () => {
  for (const file of shippedScenarios()) {
    it(file, () => {
      const result = simulate(loadScenario(file));
      const steps = narrate(result);
      expect(steps[0]!.kind).toBe('intro');
      expect(steps.at(-1)!.kind).toBe('end');
      for (const s of steps) {
        expect(s.text.length, `step at seq ${s.seq[0]}`).toBeGreaterThan(0);
        expect(s.text).not.toMatch(/undefined|NaN|\[object Object\]/);
        if (s.kind === 'transfer' || s.kind === 'return' || s.kind === 'rule') expect(s.source ?? s.assumption, s.text).toBeTruthy();
      }
      // Every command record is told in some step.
      const told = new Set(steps.flatMap((s) => Array.from({ length: s.seq[1] - s.seq[0] + 1 }, (_, i) => s.seq[0] + i)));
      for (const r of result.records) if (r.type === 'command') expect(told.has(r.seq), `command seq ${r.seq}`).toBe(true);
    });
  }
});
