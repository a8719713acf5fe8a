import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../../src/scenario/packageRoot.js';
import { schemaTexts, writeSchemas } from '../../../src/scenario/writeSchemas.js';

describe('committed JSON Schemas', () => {
  // UPDATE_SCHEMAS=1 npx vitest run tests/unit/scenario/schemaFiles.test.ts rewrites them.
  if (process.env.UPDATE_SCHEMAS) writeSchemas();

  for (const [name, text] of Object.entries(schemaTexts())) {
    test(`schema/${name} matches the zod schema (run npm run schema if this fails)`, () => {
      expect(readFileSync(join(packageRoot(), 'schema', name), 'utf8')).toBe(text);
    });
  }

  test('the schemas are draft-07, strict at the top, and name the shared definitions', () => {
    const s = JSON.parse(schemaTexts()['scenario.schema.json']) as { $schema: string; additionalProperties: boolean; required: string[]; definitions: Record<string, unknown> };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['scenario', 'title', 'design', 'start', 'forces']);
    expect(Object.keys(s.definitions).sort()).toEqual(['Condition', 'ConditionTest', 'Distribution', 'ForceSelector', 'ForceSelectorFields']);
    const d = JSON.parse(schemaTexts()['design.schema.json']) as { properties: Record<string, unknown> };
    expect(Object.keys(d.properties)).toContain('extends');
  });
});
