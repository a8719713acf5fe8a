import { z } from 'zod';
import { COMMAND_TERMS } from '../model/design.js';
import { STEP_BODIES } from '../model/design.js';
import { condition, distribution, duration, id, nation, positive, probability, provenance, scalar, selector, text } from './schemaParts.js';

/**
 * Zod schemas of a design file (docs/file-formats.md, "Design files"). `designSchema` checks a
 * design after `extends:` merging (every required key present); `designFileSchema` describes a
 * file as written (keys may be inherited, list entries may be `{id, remove: true}`) and is the
 * one exported as schema/design.schema.json for editors.
 */

const step = z.strictObject({
  step: text,
  latency: distribution,
  approve: probability.optional(),
  timing: z.enum(['before', 'after']).optional(),
  'after-when': condition.optional(),
  by: z.enum(STEP_BODIES).optional(),
  ...provenance,
});

/** A procedure for some kinds of decision (`decisions:`), e.g. Japan's situation certification. */
const procedure = z.strictObject({ id, name: text.optional(), decisions: z.array(id).min(1), steps: z.array(step).min(1), ...provenance });

const authority = z.strictObject({
  id,
  name: text,
  nation,
  /** One procedure for every kind of decision (the shorthand), or the fallback for kinds `procedures:` does not list. */
  procedure: z.array(step).min(1).optional(),
  procedures: z.array(procedure).min(1).optional(),
  ...provenance,
});

/** Decision steps a modifier or meeting acts on. */
const procedureTarget = z.strictObject({ authority: id, decision: id.optional(), step: text.optional(), by: z.enum(STEP_BODIES).optional() });

const headquarters = z.strictObject({
  id,
  name: text,
  kind: z.enum(['national', 'combined', 'political']),
  nation: nation.optional(),
  commander: nation.optional(),
  deputy: nation.optional(),
  parent: id.optional(),
  authorities: z.array(id).optional(),
  echelon: text.optional(),
  warfighting: z.boolean().optional(),
  role: z.enum(['combatant-command', 'service']).optional(),
  'home-term': z.enum(COMMAND_TERMS).optional(),
  ...provenance,
});

const officer = z.strictObject({ id, title: text, nation, heads: z.array(id).min(2), ...provenance });

const support = z.strictObject({
  id,
  supported: id,
  supporting: z.array(id).min(1),
  kind: z.enum(['general', 'mutual', 'direct', 'close']).optional(),
  when: condition.optional(),
  ...provenance,
});

const level = z.strictObject({
  name: text,
  when: condition.optional(),
  seniority: text.optional(),
  members: z.array(id).min(1).optional(),
  'latency-factor': positive.optional(),
  ...provenance,
});

const body = z.strictObject({
  id,
  name: text,
  members: z.array(id).min(1),
  initial: z.enum(['dormant', 'active']).optional(),
  'activate-when': condition.optional(),
  activation: distribution.optional(),
  'stand-down-when': condition.optional(),
  'stand-down': distribution.optional(),
  levels: z.array(level).min(1).optional(),
  ...provenance,
});

const mode = z.enum(['all', 'silence']);

const gate = z.strictObject({
  id,
  level: z.enum(['posture', 'defcon', 'watchcon', 'phase', 'situation']),
  to: condition,
  approvals: z.array(id),
  decision: id.optional(),
  mode: mode.optional(),
  deadline: distribution.optional(),
  ...provenance,
});

const relationship = z.enum(['opcon', 'tacon']);

const term = z.enum(COMMAND_TERMS);

const standing = z.strictObject({ id, forces: selector, relationship, term: term.optional(), holder: id, ...provenance });

const rule = z.strictObject({
  id,
  name: text.optional(),
  relationship: relationship.optional(),
  term: term.optional(),
  forces: selector,
  from: z.array(id).min(1).optional(),
  to: id,
  when: condition,
  approvals: z.array(id).optional(),
  decision: id.optional(),
  plan: id.optional(),
  mode: mode.optional(),
  deadline: distribution.optional(),
  latency: distribution.optional(),
  'return-when': condition.optional(),
  'return-latency': distribution.optional(),
  retry: z.boolean().optional(),
  reconsider: z
    .union([
      z.literal('never'),
      z.strictObject({ after: distribution.optional(), 'on-escalation': z.boolean().optional(), when: condition.optional(), ...provenance }),
    ], { error: 'is not a reconsideration; write never or a mapping such as {after: 3d, on-escalation: true}' })
    .optional(),
  ...provenance,
});

const nationList = z.union([z.literal('any'), z.array(nation)], { error: 'is not a nation list; write any or a list such as [US, ROK]' });

const constraint = z.strictObject({ nation, opcon: nationList.optional(), tacon: nationList.optional(), holders: z.array(id).min(1).optional(), law: text.optional(), ...provenance });

const colocation = z.strictObject({
  id,
  kind: z.enum(['FLO', 'FEO']),
  from: nation,
  at: id,
  count: z.number().int().nonnegative(),
  directorates: z.array(text).optional(),
  grade: text.optional(),
  effect: z.strictObject({ 'half-at': z.number().nonnegative(), 'latency-floor': z.number().nonnegative(), 'friction-floor': z.number().nonnegative() }),
  ...provenance,
});

const directorateLimit = z.strictObject({ id, from: nation, kind: z.enum(['FLO', 'FEO']), directorates: z.array(text).min(1), reason: text, ...provenance });

const idList = z.union([z.literal('all'), z.array(id)], { error: 'is not a list of ids; write all or a list such as [rule-a, rule-b]' });

const modifier = z.strictObject({
  id,
  when: condition.optional(),
  rules: idList.optional(),
  gates: idList.optional(),
  procedures: z.union([z.literal('all'), z.array(procedureTarget)], { error: 'is not a list of procedures; write all or a list such as [{authority: jpn-government, decision: situation-certification}]' }).optional(),
  'latency-factor': positive.optional(),
  'friction-factor': z.number().nonnegative().optional(),
  'by-parameter': z
    .strictObject({
      parameter: text,
      per: duration.optional(),
      'half-at': z.number().nonnegative(),
      'latency-floor': z.number().nonnegative(),
      'friction-floor': z.number().nonnegative(),
    })
    .optional(),
  ...provenance,
});

const meeting = z.strictObject({
  id,
  name: text,
  interval: duration,
  speeds: z.array(procedureTarget).min(1),
  remaining: probability,
  ...provenance,
});

const planAdoption = z.strictObject({ authority: id, decision: id, step: text, ...provenance });

const plan = z.strictObject({ id, name: text, circumstances: condition, 'adopted-by': z.array(planAdoption).min(1), ...provenance });

const friction = z.strictObject({
  'rate-per-day': z.number().nonnegative(),
  resolution: distribution,
  'dual-guidance': z.strictObject({ 'rate-per-day': z.number().nonnegative(), ...provenance }).optional(),
  ...provenance,
});

const c2Approach = z.enum(['conflicted', 'de-conflicted', 'coordinated', 'collaborative', 'edge']);
const c2 = z.strictObject({
  'phase-0': c2Approach.optional(),
  'phase-1': c2Approach.optional(),
  'phase-2': c2Approach.optional(),
  'phase-3': c2Approach.optional(),
  'phase-4': c2Approach.optional(),
  'phase-5': c2Approach.optional(),
});

const parameter = z.strictObject({ name: text, value: scalar, description: text.optional(), ...provenance });

/** The list-valued sections of a design and the key their entries are merged by under `extends:`. */
export const DESIGN_LISTS = {
  authorities: 'id',
  headquarters: 'id',
  officers: 'id',
  support: 'id',
  bodies: 'id',
  gates: 'id',
  standing: 'id',
  rules: 'id',
  constraints: 'nation',
  colocation: 'id',
  'directorate-limits': 'id',
  modifiers: 'id',
  meetings: 'id',
  plans: 'id',
  parameters: 'name',
} as const;

const lists = {
  authorities: z.array(authority).min(1),
  headquarters: z.array(headquarters).min(1),
  officers: z.array(officer).optional(),
  support: z.array(support).optional(),
  bodies: z.array(body).optional(),
  gates: z.array(gate).optional(),
  standing: z.array(standing).optional(),
  rules: z.array(rule).optional(),
  constraints: z.array(constraint).optional(),
  colocation: z.array(colocation).optional(),
  'directorate-limits': z.array(directorateLimit).optional(),
  modifiers: z.array(modifier).optional(),
  meetings: z.array(meeting).optional(),
  plans: z.array(plan).optional(),
  parameters: z.array(parameter).optional(),
};

/** A design after merging: what compileDesign accepts. */
export const designSchema = z.strictObject({
  design: id,
  name: text,
  alliance: text,
  summary: text,
  ...provenance,
  nations: z.array(nation).min(1),
  ...lists,
  friction: friction.optional(),
  c2: c2.optional(),
});
export type RawDesign = z.infer<typeof designSchema>;

/** The file form of a list: entries may be `{id, remove: true}` removals, and it may be empty. */
function fileList(list: z.ZodType, key: string): z.ZodType {
  const entry = ((list instanceof z.ZodOptional ? list.unwrap() : list) as z.ZodArray<z.ZodObject>).element;
  const removal = z.strictObject({ [key]: key === 'nation' ? nation : key === 'name' ? text : id, remove: z.literal(true) });
  return z.array(z.union([entry.extend({ remove: z.literal(false).optional() }), removal])).optional();
}

/** A design file as written (for editors): inherited keys optional, entries may be removals. */
export const designFileSchema: z.ZodType = z
  .strictObject({
    design: id.optional(),
    name: text.optional(),
    alliance: text.optional(),
    summary: text.optional(),
    // The schema generator offers the built-in ids here (schemaFinish.ts).
    extends: text.meta({ 'x-design-ref': true }).optional(),
    ...provenance,
    nations: z.array(nation).min(1).optional(),
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, fileList(v, DESIGN_LISTS[k as keyof typeof DESIGN_LISTS])])),
    friction: friction.optional(),
    c2: c2.optional(),
  })
  .meta({ title: 'opcon design', description: 'An alliance design: headquarters, authorities, coordination bodies and transfer rules (docs/file-formats.md)' });

/** The inline `design:` mapping of a scenario (same as a design file). */
export const inlineDesignSchema = designFileSchema;

