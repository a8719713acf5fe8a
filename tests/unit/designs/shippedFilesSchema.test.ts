import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { designFileSchema } from '../../../src/scenario/designSchema.js';
import { resolveParameterRefs } from '../../../src/scenario/parameterRefs.js';
import { ProblemList } from '../../../src/scenario/problems.js';
import { loadDesign } from '../../../src/scenario/loadDesign.js';
import { scenarioSchema } from '../../../src/scenario/scenarioSchema.js';

/**
 * Every shipped design and scenario file passes its schema as written. The full loader
 * (extends, references, provenance) is exercised elsewhere; this catches typos in the data early.
 */
const root = join(import.meta.dirname, '../../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('shipped designs', () => {
  for (const file of yamlFiles(join(root, 'src/designs'))) {
    test(file.slice(root.length + 1), () => {
      // {param: NAME} references are resolved by the loader before its schema check; do the same.
      // A design that extends another may read the base's parameters.
      const written = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const inherited = typeof written.extends === 'string' ? loadDesign(written.extends).parameters.map((p) => ({ name: p.name, value: p.value })) : [];
      const list = new ProblemList(file);
      const { raw } = resolveParameterRefs({ ...written, parameters: [...inherited, ...((written.parameters as unknown[] | undefined) ?? [])] }, list);
      expect(list.all).toEqual([]);
      expect(problems(designFileSchema.safeParse(raw))).toEqual([]);
    });
  }
});

describe('shipped scenarios', () => {
  for (const file of yamlFiles(join(root, 'scenarios'))) {
    test(file.slice(root.length + 1), () => {
      expect(problems(scenarioSchema.safeParse(parse(readFileSync(file, 'utf8'))))).toEqual([]);
    });
  }
});
