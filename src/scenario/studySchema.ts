import { z } from 'zod';
import { id, scalar, text } from './schemaParts.js';

/**
 * Zod schema of a study (sweep) file (docs/sweeps.md), exported as schema/study.schema.json for
 * editors. `readSweepSpec` (src/sweep/) checks files itself (with positions and fixes) and takes its key list
 * from here, so the two cannot drift apart.
 */
export const studyFileSchema = z
  .strictObject({
    sweep: id.optional(),
    description: text.optional(),
    scenario: text,
    designs: z.array(text.meta({ 'x-design-ref': true })).min(1).optional(),
    runs: z.number().int().min(1).max(10_000_000).optional(),
    seed: z.union([z.number().int(), z.string().regex(/^[A-Za-z0-9._-]{1,64}$/)]).optional(),
    parameters: z.record(z.string(), z.union([scalar, z.array(scalar).min(1)])).optional(),
    metrics: z.array(text).optional(),
  })
  .meta({ title: 'opcon study', description: 'A parameter sweep: a scenario, designs, a grid of parameter values and seeded runs (docs/sweeps.md)' });

/** The keys a study file may have. */
export const STUDY_KEYS: readonly string[] = Object.keys(studyFileSchema.shape);
