import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { designFileSchema } from '../../../src/scenario/designSchema.js';
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
      expect(problems(designFileSchema.safeParse(parse(readFileSync(file, 'utf8'))))).toEqual([]);
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
