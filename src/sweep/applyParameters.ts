import type { Design, Modifier } from '../model/design.js';
import { InputError } from '../model/errors.js';
import { rebindParameters } from '../scenario/designLoader.js';
import type { ScenarioModel } from '../model/scenario.js';
import type { Scalar } from '../model/theater.js';

import type { ParameterPoint } from './parameterPoint.js';

export type { ParameterPoint } from './parameterPoint.js';

/** The parameter names that change the simulation, for messages and docs. */
export const PARAMETER_FORMS = [
  'latency-factor',
  'latency-factor.RULE',
  'friction-factor',
  'modifier.ID.latency-factor',
  'modifier.ID.friction-factor',
  'pre-agreed.RULE',
  'rule.RULE.enabled',
  'body.ID.initial',
  'friction.rate-per-day',
  'a name under the design\'s parameters: (re-resolves every {param: NAME} that reads it)',
] as const;

const ALWAYS = { kind: 'always' } as const;
const SWEEP_ASSUMPTION = 'sweep parameter (docs/sweeps.md)';

/**
 * Derives the model of one grid point from a loaded one: a pure function, the loaded model is
 * not changed. Each name maps as docs/sweeps.md describes; a name the design does not have is
 * an InputError naming `where` (the sweep file), so a typo never runs a silent no-op study.
 */
export function applyParameters(model: ScenarioModel, point: ParameterPoint, where = '<sweep>'): ScenarioModel {
  // The design's own parameters first, all at once: re-resolving recompiles the design from its
  // file, so the mapped names below apply on top of the result.
  const own = Object.entries(point).filter(([name]) => model.design.parameters.some((p) => p.name === name));
  let design = own.length > 0 ? rebindParameters(model.design, Object.fromEntries(own), where) : model.design;
  for (const [name, value] of Object.entries(point)) {
    if (!own.some(([n]) => n === name)) design = applyOne(design, name, value, where);
  }
  return design === model.design ? model : { ...model, design };
}

function applyOne(d: Design, name: string, value: Scalar, where: string): Design {
  const fail = (what: string, fix: string): never => {
    throw InputError.at(undefined, `parameter '${name}': ${what}`, fix, where);
  };
  const num = (): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`'${String(value)}' is not a non-negative number`, 'give a number such as 0.5');
    return value as number;
  };
  const bool = (): boolean => {
    if (typeof value !== 'boolean') fail(`'${String(value)}' is not true or false`, 'give true or false');
    return value as boolean;
  };
  const rule = (id: string) => d.rules.find((r) => r.id === id) ?? fail(`the design has no rule '${id}'`, `use one of ${d.rules.map((r) => r.id).join(', ') || '(none)'}`);
  const modifier = (m: Partial<Modifier>): Modifier => ({ id: `sweep.${name}`, when: ALWAYS, rules: 'all', gates: 'all', procedures: 'all', latencyFactor: 1, frictionFactor: 1, assumption: SWEEP_ASSUMPTION, ...m });

  // Varying what no mechanism reads would print identical rows: refuse it, naming it.
  const unread = (why: string, fix: string): never => fail(`no mechanism reads it: ${why}`, fix);
  const noFriction = () => unread('the design has no friction: model', 'add friction: to the design, or vary a latency instead');

  const parts = name.split('.');
  if (name === 'latency-factor') return { ...d, modifiers: [...d.modifiers, modifier({ latencyFactor: num() })] };
  if (name === 'friction-factor') {
    if (!d.friction) noFriction();
    return { ...d, modifiers: [...d.modifiers, modifier({ frictionFactor: num() })] };
  }
  if (parts[0] === 'latency-factor' && parts.length === 2) {
    rule(parts[1]!);
    return { ...d, modifiers: [...d.modifiers, modifier({ rules: [parts[1]!], gates: [], procedures: [], latencyFactor: num() })] };
  }
  if (parts[0] === 'modifier' && parts.length === 3 && (parts[2] === 'latency-factor' || parts[2] === 'friction-factor')) {
    const target = d.modifiers.find((m) => m.id === parts[1]) ?? fail(`the design has no modifier '${parts[1]}'`, `use one of ${d.modifiers.map((m) => m.id).join(', ') || '(none)'}`);
    if (target.byParameter) unread(`modifier '${target.id}' takes its factors from parameter '${target.byParameter.parameter}' (by-parameter)`, `vary ${target.byParameter.parameter} instead`);
    if (parts[2] === 'friction-factor' && !d.friction) noFriction();
    if (parts[2] === 'latency-factor' && [target.rules, target.gates, target.procedures].every((l) => l !== 'all' && l.length === 0)) {
      unread(`modifier '${target.id}' names no rules, gates or decision steps whose latencies it scales`, 'vary its friction-factor, or give it rules:, gates: or procedures:');
    }
    const key = parts[2] === 'latency-factor' ? 'latencyFactor' : 'frictionFactor';
    const v = num();
    return { ...d, modifiers: d.modifiers.map((m) => (m.id === parts[1] ? { ...m, [key]: v } : m)) };
  }
  if (parts[0] === 'pre-agreed' && parts.length === 2) {
    const r = rule(parts[1]!);
    if (!bool()) {
      if (r.approvals.length === 0) fail('the rule is pre-agreed in the design and names no approvals to fall back on', 'vary it in a design that lists approvals:, or use rule.ID.enabled');
      return d;
    }
    return { ...d, rules: d.rules.map((x) => (x.id === r.id ? { ...x, approvals: [] } : x)) };
  }
  if (parts[0] === 'rule' && parts.length === 3 && parts[2] === 'enabled') {
    rule(parts[1]!);
    return bool() ? d : { ...d, rules: d.rules.filter((x) => x.id !== parts[1]) };
  }
  if (parts[0] === 'body' && parts.length === 3 && parts[2] === 'initial') {
    if (!d.bodies.some((b) => b.id === parts[1])) fail(`the design has no body '${parts[1]}'`, `use one of ${d.bodies.map((b) => b.id).join(', ') || '(none)'}`);
    if (value !== 'dormant' && value !== 'active') fail(`'${String(value)}' is not dormant or active`, 'give dormant or active');
    return { ...d, bodies: d.bodies.map((b) => (b.id === parts[1] ? { ...b, initial: value as 'dormant' | 'active' } : b)) };
  }
  if (name === 'friction.rate-per-day') {
    if (!d.friction) noFriction();
    return { ...d, friction: { ...d.friction!, ratePerDay: num() } };
  }
  return fail('not a design parameter nor a mapped name', `use a name under the design's parameters: or one of ${PARAMETER_FORMS.slice(0, -1).join(', ')}`);
}
