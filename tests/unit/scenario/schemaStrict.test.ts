import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../../../src/scenario/packageRoot.js';
import { listBuiltinDesigns } from '../../../src/scenario/listBuiltinDesigns.js';
import { finishedSchemas, schemaTexts } from '../../../src/scenario/writeSchemas.js';

/**
 * The shipped schemas as other programs see them: Ajv in strict mode (as `ajv-cli --strict=true`)
 * compiles each, and every shipped file validates against its schema when read the YAML 1.2 way
 * (opcon, yaml-language-server) and the YAML 1.1 way (js-yaml, PyYAML, where a bare 2026-03-01 is
 * a date, not text).
 */
const root = packageRoot();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

function compile(name: string): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(join(root, 'schema', name), 'utf8')) as object);
}

describe('schemas under strict Ajv', () => {
  const names = Object.keys(schemaTexts());
  test('every schema compiles in strict mode', () => {
    expect(names.sort()).toEqual(['design.schema.json', 'scenario.schema.json', 'study.schema.json']);
    for (const name of names) expect(() => compile(name), name).not.toThrow();
  });

  const groups: [string, string][] = [
    ['design.schema.json', 'src/designs'],
    ['scenario.schema.json', 'scenarios'],
    ['study.schema.json', 'studies'],
  ];
  for (const [schema, dir] of groups) {
    const validate = compile(schema);
    for (const file of yamlFiles(join(root, dir))) {
      test(`${relative(root, file)} is valid against schema/${schema}, read as YAML 1.2 and as YAML 1.1`, () => {
        const text = readFileSync(file, 'utf8');
        for (const version of ['1.2', '1.1'] as const) {
          const ok = validate(parse(text, { version }));
          expect(ok ? [] : validate.errors!.map((e) => `YAML ${version} ${e.instancePath} ${e.message}`)).toEqual([]);
        }
      });
    }
  }

  test('a file of the wrong kind or with a typo is refused', () => {
    const scenario = compile('scenario.schema.json');
    expect(scenario(parse(readFileSync(join(root, 'studies/feo-count.yaml'), 'utf8')))).toBe(false);
    const study = compile('study.schema.json');
    expect(study({ scenario: 'x.yaml', run: 3 })).toBe(false);
    expect(study({ scenario: 'x.yaml', runs: 3, parameters: { 'feo-count': [0, 4] } })).toBe(true);
  });
});

describe('schema help for editors', () => {
  test('every key of every schema has a description (add missing ones to src/scenario/schemaDocs.ts)', () => {
    for (const [name, f] of Object.entries(finishedSchemas())) expect(f.undescribed, name).toEqual([]);
  });

  test("design: and extends: offer the built-in design ids, and paths still validate", () => {
    const ids = listBuiltinDesigns().map((d) => d.id);
    const scenario = JSON.parse(schemaTexts()['scenario.schema.json']) as { properties: { design: unknown } };
    const design = JSON.parse(schemaTexts()['design.schema.json']) as { properties: { extends: unknown } };
    for (const node of [scenario.properties.design, design.properties.extends]) expect(JSON.stringify(node)).toContain(JSON.stringify(ids));
    const validate = compile('design.schema.json');
    expect(validate({ extends: 'us-rok-cfc-1994' })).toBe(true);
    expect(validate({ extends: '../designs/mine.yaml' })).toBe(true);
    expect(validate({ extends: '' })).toBe(false);
  });
});
