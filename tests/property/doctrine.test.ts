import { describe, expect } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { simulate } from '../../src/engine/simulate.js';
import { sameOfficer } from '../../src/model/design.js';
import type { LogRecord } from '../../src/model/records.js';
import { loadScenario } from '../../src/scenario/index.js';
import { shippedScenarios } from '../helpers/shipped.js';

/**
 * Doctrine's invariants over every shipped scenario for random seeds: COCOM and national
 * command never move and U.S. COCOM sits at a combatant command; no force's ADCON sits at a
 * combatant command; a handover between two hats of one officer happens the instant its rule
 * starts the transfer or the return, or the instant the force came back to the rule (no
 * transfer time); support records alternate per
 * relationship, starting active.
 */
const scenarios = shippedScenarios().map((file) => ({ file, model: loadScenario(file) }));

/** The first violation of the doctrine invariants in a run's records, or undefined. */
function doctrineViolation(model: (typeof scenarios)[number]['model'], records: readonly LogRecord[]): string | undefined {
  const design = model.design;
  const role = new Map(design.headquarters.map((h) => [h.id, h.role]));
  for (const f of model.forces) {
    if (role.get(f.adcon) === 'combatant-command') return `${f.id} has ADCON at combatant command ${f.adcon}`;
    if (f.nation === 'US' && role.get(f.national) !== 'combatant-command') return `${f.id}: COCOM at ${f.national}, not a combatant command`;
  }
  const lastStart = new Map<string, string>();
  /** When each force last arrived at its holder (a hat change may follow its arrival at once). */
  const arrived = new Map<string, string>();
  const support = new Map<string, boolean>();
  for (const r of records) {
    if (r.type === 'state' && r.machine.startsWith('rule.') && (r.to === 'transferring' || r.to === 'returning')) lastStart.set(r.machine.slice(5), r.t);
    if (r.type === 'command' && r.from !== r.to && sameOfficer(design, r.from, r.to) && lastStart.get(r.rule) !== r.t && arrived.get(`${r.force}/${r.relationship}`) !== r.t) {
      return `seq ${r.seq}: ${r.force} changed hats ${r.from} -> ${r.to} at ${r.t}, not when rule ${r.rule} started (${lastStart.get(r.rule)}) nor when the force arrived`;
    }
    if (r.type === 'command') arrived.set(`${r.force}/${r.relationship}`, r.t);
    if (r.type === 'support') {
      const before = support.get(r.id) ?? false;
      if (before === r.active) return `seq ${r.seq}: support ${r.id} repeated state ${r.active}`;
      support.set(r.id, r.active);
    }
  }
  return undefined;
}

describe.each(scenarios)('$file', ({ file, model }) => {
  fcTest.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 6 })('keeps COCOM, ADCON and multi-hat handovers as doctrine says', (seed) => {
    const result = simulate(model, { seed: String(seed) });
    expect(doctrineViolation(model, result.records), `replay: opcon run ${file} --seed ${seed} --format jsonl`).toBeUndefined();
    const national = model.forces.map((f) => f.national);
    for (const s of result.history!.snapshots) expect(s.table.map((c) => c.national)).toEqual(national);
  });
});
