import { describe, expect, test } from 'vitest';
import type { Design } from '../../../src/model/design.js';
import { formatDuration, parseDuration } from '../../../src/model/time.js';
import type { ScenarioModel } from '../../../src/model/scenario.js';
import type { Scalar } from '../../../src/model/theater.js';
import { loadDesign, loadScenario } from '../../../src/scenario/index.js';
import { listBuiltinDesigns } from '../../../src/scenario/listBuiltinDesigns.js';
import { applyParameters } from '../../../src/sweep/applyParameters.js';
import { scoreRun } from '../../../src/sweep/scoreRun.js';

/**
 * Every knob acts (issue 9): each numeric or duration parameter of each built-in design, set
 * low and then high on the same seeds, must move at least one metric on a scenario where the
 * design applies. A parameter that moves nothing is a recorded value no mechanism reads.
 */

/** The shipped scenario each design is exercised on (every built-in design with a parameter needs one). */
const SCENARIO_OF: Record<string, string> = {
  nato: 'scenarios/nato/article-5-baltic.yaml',
  'us-australia': 'scenarios/australia/coalition-red-card.yaml',
  'us-japan-bcm-1997': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-acm-2015': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-2025': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-integrated': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-recommended': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-sliding-adhoc': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-sliding-preagreed': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-japan-standing-jtf': 'scenarios/japan/gray-zone-to-armed-attack.yaml',
  'us-rok-cfc-1994': 'scenarios/korea/escalation.yaml',
  'us-rok-cfc-1978': 'scenarios/korea/escalation.yaml',
  'us-rok-2007-plan': 'scenarios/korea/escalation.yaml',
  'us-rok-future-cfc-2018': 'scenarios/korea/escalation.yaml',
  'us-rok-history': 'scenarios/history/korea-opcon-1950-2026.yaml',
};


/** Ordinal parameters (a level, a phase) are moved one step each way; the rest by a wide factor. */
const LEVEL_STEPS: Record<string, readonly [Scalar, Scalar]> = {
  'defcon-trigger': [4, 2],
  'integration-phase': [1, 3],
};

/**
 * Scenario stances that fix the answers a parameter would otherwise decide: the shipped
 * Australian scenario fixes the red card holder's answer to each task so its checks hold, which
 * would hide red-card-approve. The test turns those stances into notes.
 */
const FREED_AUTHORITIES: Record<string, readonly string[]> = { 'us-australia': ['aus-red-card-holder'] };

const RUNS = 12;

function withoutStances(model: ScenarioModel, authorities: readonly string[]): ScenarioModel {
  const timeline = model.timeline.map((e) => (e.action.kind === 'stance' && authorities.includes(e.action.authority) ? { ...e, action: { kind: 'note' as const } } : e));
  return { ...model, timeline };
}

function lowHigh(name: string, value: Scalar): readonly [Scalar, Scalar] | undefined {
  if (LEVEL_STEPS[name]) return LEVEL_STEPS[name];
  if (typeof value === 'number') return Number.isInteger(value) ? [0, Math.max(4 * value, 4)] : [0.1, 1];
  const d = typeof value === 'string' ? parseDuration(value) : undefined;
  return d === undefined ? undefined : [formatDuration(Math.max(60_000, Math.round(d / 8 / 60_000) * 60_000)), formatDuration(d * 8)];
}

const designs = listBuiltinDesigns();
const perturbable = (d: Design) => d.parameters.filter((p) => lowHigh(p.name, p.value) !== undefined);

describe('every numeric or duration parameter of a built-in design moves a metric', () => {
  for (const info of designs) {
    const file = SCENARIO_OF[info.id];
    if (!file) {
      test(`${info.id}: has no parameter to perturb, or a scenario to exercise it on`, () => {
        expect(perturbable(loadDesign(info.id)).map((p) => p.name), `add ${info.id} to SCENARIO_OF`).toEqual([]);
      });
      continue;
    }
    const model = withoutStances(loadScenario(file, { design: info.id }), FREED_AUTHORITIES[info.id] ?? []);
    for (const p of perturbable(model.design)) {
      const key = `${info.id}.${p.name}`;
      test(`${key} (${String(lowHigh(p.name, p.value)!.join(' vs '))})`, () => {
        const [low, high] = lowHigh(p.name, p.value)!;
        const a = applyParameters(model, { [p.name]: low });
        const b = applyParameters(model, { [p.name]: high });
        let moved = false;
        for (let i = 0; i < RUNS && !moved; i++) {
          const ra = scoreRun(a, `knob-${i}`, 'test');
          const rb = scoreRun(b, `knob-${i}`, 'test');
          moved = JSON.stringify(ra) !== JSON.stringify(rb);
        }
        expect(moved, `${key}: low ${String(low)} and high ${String(high)} gave identical metrics over ${RUNS} seeds`).toBe(true);
      });
    }
  }
});
