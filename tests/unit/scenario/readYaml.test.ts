import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/scenario/limits.js';
import { keyPosition, locate } from '../../../src/scenario/located.js';
import { parseYamlText, readYamlFile } from '../../../src/scenario/readYaml.js';
import { validateFile } from '../../../src/scenario/index.js';
import { FIX, problemsOf } from './helpers.js';

const parse = (text: string, limits = DEFAULT_LIMITS) => parseYamlText(text, 'f.yaml', limits).value;

describe('YAML with positions', () => {
  test('keeps line:column of keys and values, through sequences and flow mappings', () => {
    const v = parse('a: 1\nlist:\n  - {id: x, n: 2}\n  - id: y\n    deep: [1, 2]\n');
    expect(v).toEqual({ a: 1, list: [{ id: 'x', n: 2 }, { id: 'y', deep: [1, 2] }] });
    expect(locate(v, ['a'])).toEqual({ file: 'f.yaml', line: 1, column: 4 });
    expect(locate(v, ['list', 0, 'n'])).toEqual({ file: 'f.yaml', line: 3, column: 16 });
    expect(locate(v, ['list', 1, 'deep', 1])).toEqual({ file: 'f.yaml', line: 5, column: 15 });
    expect(keyPosition((v as { list: object[] }).list[1], 'deep')).toEqual({ file: 'f.yaml', line: 5, column: 5 });
  });

  test('a missing key points at the deepest mapping that exists', () => {
    const v = parse('outer:\n  inner: {x: 1}\n');
    expect(locate(v, ['outer', 'inner', 'nope', 'deeper'])).toEqual({ file: 'f.yaml', line: 2, column: 10 });
  });

  test('dates stay strings (YAML 1.2 core schema) and <<: is not a merge key', () => {
    expect(parse('start: 2026-03-01T00:00Z\nd: 2026-03-01\n')).toEqual({ start: '2026-03-01T00:00Z', d: '2026-03-01' });
    expect(parse('base: &b {x: 1}\nuse: {<<: *b}\n')).toEqual({ base: { x: 1 }, use: { '<<': { x: 1 } } });
  });

  test('syntax errors and duplicate keys are reported with their place', () => {
    expect(problemsOf(() => parse('a: 1\na: 2\n'))).toEqual(['f.yaml:2:1: YAML: Map keys must be unique; remove or rename one of the two keys']);
    expect(problemsOf(() => parse('a: [1, 2\nb: 3\n'))[0]).toMatch(/^f\.yaml:\d+:\d+: YAML: .*; fix the YAML syntax/);
    expect(problemsOf(() => parse('# only a comment\n'))).toEqual(['f.yaml:1:1: the file is empty; write a `scenario:` or `design:` mapping']);
  });

  test('__proto__, constructor and prototype keys are refused and pollute nothing', () => {
    const lines = problemsOf(() => validateFile(`${FIX}/proto.yaml`));
    expect(lines).toEqual([
      `${FIX}/proto.yaml:11:5: the key \`__proto__\` is not allowed; rename or remove it (it could tamper with object prototypes)`,
      `${FIX}/proto.yaml:12:5: the key \`constructor\` is not allowed; rename or remove it (it could tamper with object prototypes)`,
    ]);
    expect(problemsOf(() => parse('x:\n  prototype: 1\n'))).toEqual(['f.yaml:2:3: the key `prototype` is not allowed; rename or remove it (it could tamper with object prototypes)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an alias bomb is refused before it expands', () => {
    const t0 = performance.now();
    expect(problemsOf(() => validateFile(`${FIX}/alias-bomb.yaml`))).toEqual([
      `${FIX}/alias-bomb.yaml:5:10: more than 100 alias references (*name): this looks like an alias bomb; write the values out or use fewer aliases; see maxAliasCount in docs/limits.md`,
    ]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('a few aliases are fine, but the expanded size is capped too', () => {
    expect(parse('a: &a [1, 2]\nb: *a\nc: *a\n')).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
    const wide = `a: &a [${Array(50).fill('x').join(', ')}]\nb: [${Array(20).fill('*a').join(', ')}]\n`;
    expect(problemsOf(() => parse(wide, { ...DEFAULT_LIMITS, maxNodes: 500 }))[0]).toMatch(/^f\.yaml:2:\d+: the file expands to more than 500 values; .*maxNodes/);
  });

  test('deep nesting is refused', () => {
    const deep = 'a: ' + '['.repeat(40) + ']'.repeat(40) + '\n';
    expect(problemsOf(() => parse(deep))[0]).toMatch(/^f\.yaml:1:\d+: nesting is deeper than 32 levels; flatten the structure; see maxDepth in docs\/limits\.md$/);
  });

  test('files over the size limit are refused without being parsed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-loader-'));
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `x: "${'y'.repeat(2000)}"\n`);
    expect(problemsOf(() => readYamlFile(file, 'big.yaml', { ...DEFAULT_LIMITS, maxFileBytes: 1000 }))).toEqual([
      'big.yaml: file is 2006 bytes, over the limit of 1000; split it or raise maxFileBytes (docs/limits.md)',
    ]);
    expect(problemsOf(() => readYamlFile(join(dir, 'none.yaml'), 'none.yaml', DEFAULT_LIMITS))).toEqual(['none.yaml: cannot read the file (it does not exist or is not readable); check the path']);
    expect(problemsOf(() => validateFile(dir))[0]).toMatch(/: not a file \(a folder\?\); give the path of a \.yaml file$/);
  });
});
