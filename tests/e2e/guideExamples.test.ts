import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilter, findExamples, renderExamples } from '../../src/docs/guideExamples.js';
import { opcon } from '../helpers/cli.js';

const GUIDE = 'docs/user-guide.md';

describe('the user guide shows output opcon really prints', () => {
  const text = readFileSync(GUIDE, 'utf8');
  const examples = findExamples(text);

  it('has generated examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((e) => [e.args.join(' '), e] as const))('opcon %s matches its block (npm run docs:examples regenerates them)', (_name, ex) => {
    const r = opcon(ex.args);
    expect(r.code, r.stderr).toBe(0);
    const block = text.split('\n').slice(ex.marker + 2, ex.close).join('\n');
    expect(block).toBe(applyFilter(r.stdout, ex.filter));
  });
});

describe('guide example markers', () => {
  const md = ['intro', '<!-- example: opcon run x.yaml | head 2 -->', '```text', 'old', '```', 'after'].join('\n');

  it('finds the command and filter, and rewrites only the block', () => {
    expect(findExamples(md)).toEqual([{ args: ['run', 'x.yaml'], filter: { kind: 'lines', from: 1, to: 2 }, marker: 1, close: 4 }]);
    expect(renderExamples(md, () => 'a\nb\nc\n')).toBe(['intro', '<!-- example: opcon run x.yaml | head 2 -->', '```text', 'a', 'b', '```', 'after'].join('\n'));
  });

  it('cuts one explain step by its kind, whatever its number', () => {
    const out = 'Step 1/3 [intro]\n  x\n\nStep 2/3 [transfer]\n  moved\n\nStep 3/3 [transfer]\n  again\n';
    expect(applyFilter(out, { kind: 'step', step: 'transfer' })).toBe('Step 2/3 [transfer]\n  moved');
    expect(() => applyFilter(out, { kind: 'step', step: 'friction' })).toThrow(/no explain step/);
  });

  it('refuses a marker without a block and an unknown filter', () => {
    expect(() => findExamples('<!-- example: opcon run x -->\ntext')).toThrow(/fenced block/);
    expect(() => findExamples('<!-- example: opcon run x | tail 3 -->\n```\n```')).toThrow(/unknown example filter/);
  });
});
