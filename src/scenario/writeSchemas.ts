import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { designFileSchema } from './designSchema.js';
import { packageRoot } from './packageRoot.js';
import { scenarioFileSchema } from './scenarioSchema.js';

/**
 * The JSON Schemas (draft-07, the newest yaml-language-server understands) of scenario and
 * design files, as committed in schema/. A unit test fails when the committed files are stale.
 */
export function schemaTexts(): { 'scenario.schema.json': string; 'design.schema.json': string } {
  const render = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { target: 'draft-07' }), null, 2) + '\n';
  return { 'scenario.schema.json': render(scenarioFileSchema), 'design.schema.json': render(designFileSchema) };
}

/** Writes schema/*.schema.json under the package root (`npm run schema`). */
export function writeSchemas(): string[] {
  const dir = join(packageRoot(), 'schema');
  mkdirSync(dir, { recursive: true });
  return Object.entries(schemaTexts()).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join('schema', name);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of writeSchemas()) process.stdout.write(`wrote ${f}\n`);
}
