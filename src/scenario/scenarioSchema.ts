import { z } from 'zod';
import { COMPONENTS } from '../model/force.js';
import { POSTURES, SITUATIONS } from '../model/theater.js';
import { inlineDesignSchema } from './designSchema.js';
import { condition, distribution, id, isoTime, nation, probability, provenance, scalar, SEED_HINT, SEED_PATTERN, selector, text, timeSpec } from './schemaParts.js';

/**
 * Zod schema of a scenario file (docs/file-formats.md, "Scenario files"). Cross-field rules
 * (exactly one trigger and one action per event, references to the design) are checked after
 * parsing, where every problem can point at its line.
 */

const defcon = z.number().int().min(1, { error: 'out of range; use 5 (lowest) .. 1 (gravest)' }).max(5, { error: 'out of range; use 5 (lowest) .. 1 (gravest)' });
const phase = z.number().int().min(0, { error: 'out of range; use a JP 5-0 phase 0 .. 5' }).max(5, { error: 'out of range; use a JP 5-0 phase 0 .. 5' });
const posture = z.enum(POSTURES);
const situation = z.enum(SITUATIONS);

const initial = z.strictObject({
  posture: posture.optional(),
  defcon: defcon.optional(),
  watchcon: defcon.optional(),
  phase: phase.optional(),
  situation: situation.optional(),
  facts: z.record(z.string(), scalar).optional(),
});

const force = z.strictObject({
  id,
  name: text,
  nation,
  component: z.enum(COMPONENTS),
  designated: z.boolean().optional(),
  home: id,
  national: id.optional(),
  adcon: id.optional(),
  tags: z.array(text).optional(),
  size: text.optional(),
});

const event = z.strictObject({
  id: id.optional(),
  at: timeSpec.optional(),
  after: id.optional(),
  when: condition.optional(),
  delay: distribution.optional(),
  chance: probability.optional(),
  label: text.optional(),
  ...provenance,
  'hostile-act': z
    .strictObject({ by: nation, against: z.array(nation).min(1), description: text.optional(), engaged: selector.optional() })
    .optional(),
  defcon: defcon.optional(),
  watchcon: defcon.optional(),
  posture: posture.optional(),
  phase: phase.optional(),
  situation: situation.optional(),
  fact: z.strictObject({ name: text, value: scalar }).optional(),
  engage: z.strictObject({ forces: selector }).optional(),
  disengage: z.strictObject({ forces: selector }).optional(),
  stance: z.strictObject({ authority: id, subject: text, approve: probability }).optional(),
  request: z.strictObject({ subject: text, decision: id.optional(), authorities: z.array(id).min(1), mode: z.enum(['all', 'silence']).optional(), deadline: distribution.optional() }).optional(),
  activate: id.optional(),
  'stand-down': id.optional(),
  note: z.literal(true, { error: 'must be true; write note: true or remove it' }).optional(),
});

/** The keys of a timeline event that are actions; exactly one must be present. */
export const ACTION_KEYS = ['hostile-act', 'defcon', 'watchcon', 'posture', 'phase', 'situation', 'fact', 'engage', 'disengage', 'stance', 'request', 'activate', 'stand-down', 'note'] as const;

const holder = id.nullable();

const expectation = z.strictObject({
  id: id.optional(),
  at: timeSpec.optional(),
  during: z.tuple([timeSpec, timeSpec]).optional(),
  forces: selector.optional(),
  opcon: holder.optional(),
  tacon: holder.optional(),
  adcon: holder.optional(),
  theater: condition.optional(),
  records: z
    .strictObject({
      type: z.enum(['event', 'state', 'request', 'decision', 'command', 'coordination', 'constraint', 'friction', 'engagement']),
      rule: id.optional(),
      force: id.optional(),
      authority: id.optional(),
      body: id.optional(),
      machine: z.string().optional(),
      outcome: z.enum(['approved', 'refused', 'revoked']).optional(),
      count: z.number().int().min(0).optional(),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
    })
    .optional()
    .meta({ description: 'Counts log records of a type (optionally with matching fields) in the window: at X counts from start to X' }),
  description: text.optional(),
});

/** A design reference: the schema generator offers the built-in ids here (schemaFinish.ts). */
const designRefText = text.meta({ 'x-design-ref': true });

const designRef = (inline: z.ZodType) =>
  z.union([designRefText, inline], { error: 'is not a design; write a built-in id, a relative path, or a mapping {extends: id, ...}' });

/**
 * A scenario file. An inline `design:` mapping is only checked to be a mapping here: it is
 * checked in full after `extends:` merging, so each problem is reported once.
 */
export const scenarioSchema = z
  .strictObject({
    scenario: id,
    title: text,
    description: text.optional(),
    design: designRef(z.record(z.string(), z.unknown())),
    start: isoTime,
    end: timeSpec.optional(),
    seed: z.union([z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER), z.string().regex(SEED_PATTERN, { error: `not a seed; ${SEED_HINT}` })], { error: `is not a seed; ${SEED_HINT}` }).optional(),
    initial: initial.optional(),
    forces: z.array(force).min(1),
    timeline: z.array(event).optional(),
    expect: z.array(expectation).optional(),
  })
  .meta({ title: 'opcon scenario', description: 'A crisis scenario: design, forces, timeline and expectations (docs/file-formats.md)' });

/** The scenario file schema with the inline design spelled out, exported for editors. */
export const scenarioFileSchema = scenarioSchema.extend({ design: designRef(inlineDesignSchema) });

export type RawScenario = z.infer<typeof scenarioSchema>;
export type RawEvent = z.infer<typeof event>;
export type RawExpectation = z.infer<typeof expectation>;
export type RawForce = z.infer<typeof force>;
