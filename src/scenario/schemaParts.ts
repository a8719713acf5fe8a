import { z } from 'zod';
import { COMPONENTS } from '../model/force.js';
import { isCalendarValid } from '../model/time.js';

/**
 * Building blocks shared by the scenario and design schemas (docs/file-formats.md, "Common
 * building blocks"). Patterns are regular expressions rather than refinements so the exported
 * JSON Schema checks them too.
 */

/** Same grammar as `parseDuration` in model/time.ts: `90m`, `6h`, `2d12h`, `1w`. */
export const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?[mhdw])+$/;
/** `start`, `end`, `T+6h`, `T-1d`, or an ISO 8601 date or date-time. */
export const TIME_PATTERN = /^(?:start|end|T[+-](?:\d+(?:\.\d+)?[mhdw])+|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
/** ISO 8601 date or date-time only. */
export const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/**
 * A seed: up to 64 letters, digits, dots or dashes, wherever it is written (`seed:`, `--seed`, a
 * sweep file). Seeds are printed back in replay commands, so they must be safe to paste in a shell.
 */
export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const SEED_HINT = 'write a whole number or up to 64 letters, digits, dots or dashes, e.g. 42';

/** Ids are words joined by `-` or `_`: no dots, because `rule.ID` and `body.ID.level` are split on them. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export const DURATION_HINT = 'write a duration such as 90m, 6h, 2d or 1d6h';
export const TIME_HINT = 'write T+6h, T-1d, an ISO date such as 2026-03-01T06:00Z, start or end';

export const id = z.string().regex(ID_PATTERN, { error: 'not a valid id; use letters, digits, - and _ only (no dots or spaces)' });
export const text = z.string().min(1, { error: 'is empty; write some text or remove the key' });
export const nation = text;
export const duration = z.string().regex(DURATION_PATTERN, { error: `not a duration; ${DURATION_HINT}` });
/** An ISO text whose date does not exist (`2026-02-30`): refused rather than rolled forward. */
const realDate = (s: string) => !/^\d{4}-/.test(s) || isCalendarValid(s);
const NO_SUCH_DATE = 'is not a date on the calendar (no such day, hour or minute); check the month\'s length and leap years';
export const timeSpec = z.string().regex(TIME_PATTERN, { error: `not a time; ${TIME_HINT}` }).refine(realDate, { error: NO_SUCH_DATE });
export const isoTime = z.string().regex(ISO_PATTERN, { error: 'not an ISO date; write a date such as 2026-03-01 or 2026-03-01T06:00Z' }).refine(realDate, { error: NO_SUCH_DATE });
export const probability = z.number().min(0, { error: 'below 0; use a probability between 0 and 1' }).max(1, { error: 'above 1; use a probability between 0 and 1' });
export const positive = z.number().positive({ error: 'not above 0; use a number above 0' });
export const scalar = z.union([z.string(), z.number(), z.boolean()], { error: 'is not a value; write a word, a number, true or false' });

/** `6h`, `{uniform: [2h, 12h]}`, `{triangular: [1h, 4h, 24h]}`, `{lognormal: {median, sigma, max?}}`. */
export const distribution = z
  .union([
    duration,
    z.strictObject({ uniform: z.tuple([duration, duration]) }),
    z.strictObject({ triangular: z.tuple([duration, duration, duration]) }),
    z.strictObject({ lognormal: z.strictObject({ median: duration, sigma: z.number().nonnegative(), max: duration.optional() }) }),
  ], { error: 'is not a distribution; write a duration (6h) or {uniform: [2h, 12h]}, {triangular: [1h, 4h, 24h]} or {lognormal: {median: 6h, sigma: 0.5}}' })
  .meta({ id: 'Distribution', description: 'A duration (6h) or {uniform: [min, max]}, {triangular: [min, mode, max]}, {lognormal: {median, sigma, max}}' });

/** Provenance keys; which elements require one is checked after parsing (docs/file-formats.md). */
export const provenance = { source: text.optional(), assumption: text.optional() };

/** The tests a condition applies to one variable. */
export const conditionTest = z
  .union([
    scalar,
    z.strictObject({
      is: scalar.optional(),
      'is-not': scalar.optional(),
      in: z.array(scalar).min(1).optional(),
      'not-in': z.array(scalar).min(1).optional(),
      'at-least': scalar.optional(),
      above: scalar.optional(),
      'at-most': scalar.optional(),
      below: scalar.optional(),
    }),
  ], { error: 'is not a test; write a value or a mapping such as {at-least: 3} or {in: [a, b]}' })
  .meta({ id: 'ConditionTest' });

/** Raw (YAML) form of a condition. */
export type RawCondition = 'always' | 'never' | { any?: RawCondition[]; all?: RawCondition[]; not?: RawCondition; [variable: string]: unknown };

/** `always`, `never`, or a mapping of variables to tests with optional `any`/`all`/`not`. */
export const condition: z.ZodType<RawCondition> = z
  .union([
    z.enum(['always', 'never']),
    z
      .object({
        get any() {
          return z.array(condition).min(1).optional();
        },
        get all() {
          return z.array(condition).min(1).optional();
        },
        get not() {
          return condition.optional();
        },
      })
      .catchall(conditionTest),
  ], { error: 'is not a condition; write always, never, or a mapping such as {defcon: {at-least: 3}}' })
  .meta({ id: 'Condition', description: 'always, never, or {variable: test, any: [...], all: [...], not: {...}}' }) as z.ZodType<RawCondition>;

/** Raw (YAML) form of a force selector. */
export interface RawSelectorObject {
  ids?: string[];
  nations?: string[];
  components?: string[];
  designated?: boolean;
  tags?: string[];
  homes?: string[];
  exclude?: RawSelectorObject;
}
export type RawSelector = 'all' | RawSelectorObject;

const selectorObject: z.ZodType<RawSelectorObject> = z
  .strictObject({
    ids: z.array(id).optional(),
    nations: z.array(nation).optional(),
    components: z.array(z.enum(COMPONENTS)).optional(),
    designated: z.boolean().optional(),
    tags: z.array(text).optional(),
    homes: z.array(id).optional(),
    get exclude() {
      return selectorObject.optional();
    },
  })
  .meta({ id: 'ForceSelectorFields' }) as z.ZodType<RawSelectorObject>;

/** `all` or `{ids, nations, components, designated, tags, homes, exclude}`. */
export const selector = z.union([z.literal('all'), selectorObject], { error: 'is not a force selector; write all or a mapping such as {nations: [ROK], designated: true}' }).meta({ id: 'ForceSelector' });
