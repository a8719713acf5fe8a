import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { designFileSchema } from './designSchema.js';
import { listBuiltinDesigns } from './listBuiltinDesigns.js';
import { packageRoot } from './packageRoot.js';
import { scenarioFileSchema } from './scenarioSchema.js';
import { NOT_READ } from './parameterRefs.js';
import { finishSchema, splitUnionTypes, type SchemaKind } from './schemaFinish.js';
import { studyFileSchema } from './studySchema.js';

/** The schema files opcon ships, by name. */
export type SchemaTexts = Record<'scenario.schema.json' | 'design.schema.json' | 'study.schema.json', string>;

const SOURCES: readonly [keyof SchemaTexts, z.ZodType, SchemaKind][] = [
  ['scenario.schema.json', scenarioFileSchema, 'scenario'],
  ['design.schema.json', designFileSchema, 'design'],
  ['study.schema.json', studyFileSchema, 'study'],
];

/**
 * The JSON Schemas (draft-07, the newest yaml-language-server understands) of scenario, design
 * and study files, as committed in schema/: zod's output finished by {@link finishSchema}
 * (strict-Ajv unions, descriptions, built-in design ids). A unit test fails when the committed
 * files are stale, and another when a key has no description.
 */
export function schemaTexts(): SchemaTexts {
  return Object.fromEntries(Object.entries(finishedSchemas()).map(([name, f]) => [name, JSON.stringify(f.schema, null, 2) + '\n'])) as SchemaTexts;
}

/** The finished schemas with the keys that lack a description. */
export function finishedSchemas(): Record<keyof SchemaTexts, ReturnType<typeof finishSchema>> {
  const ids = listBuiltinDesigns().map((d) => d.id);
  const toJson = (schema: z.ZodType, kind: SchemaKind) => {
    const json = z.toJSONSchema(schema, { target: 'draft-07' }) as Record<string, unknown>;
    return kind === 'design' ? allowParamRefs(json) : json;
  };
  return Object.fromEntries(SOURCES.map(([name, schema, kind]) => [name, finishSchema(toJson(schema, kind), kind, ids)])) as Record<keyof SchemaTexts, ReturnType<typeof finishSchema>>;
}

const PARAM_REF = { type: 'object', properties: { param: { type: 'string', minLength: 1 } }, required: ['param'], additionalProperties: false, description: 'The value of the design parameter of that name (docs/file-formats.md, "Parameters")' };

/**
 * A design file may write `{param: NAME}` wherever it takes a value (the loader resolves it,
 * src/scenario/parameterRefs.ts); the zod schema checks resolved designs, so the editors' schema
 * gets the alternative here on every number, true/false and text value, except in the top-level
 * sections the loader never reads references from (identity, provenance, nations, parameters)
 * and in a modifier's `by-parameter:`, which names its parameter.
 */
function allowParamRefs(root: Record<string, unknown>): Record<string, unknown> {
  splitUnionTypes(root);
  const ref = { $ref: '#/definitions/ParamRef' };
  const leaf = (n: Record<string, unknown>) => typeof n.type === 'string' && ['number', 'integer', 'boolean', 'string'].includes(n.type);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Record<string, unknown>;
    if (leaf(n)) return { anyOf: [n, ref] };
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === 'by-parameter' ? v : walk(v)]));
  };
  const props = root.properties as Record<string, unknown>;
  const properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, NOT_READ.has(k) ? v : walk(v)]));
  return { ...root, properties, definitions: { ...(walk(root.definitions) as object), ParamRef: PARAM_REF } };
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
  for (const [name, f] of Object.entries(finishedSchemas())) {
    for (const key of f.undescribed) process.stderr.write(`${name}: ${key} has no description; add it to KEY_DOCS in src/scenario/schemaDocs.ts\n`);
  }
}
