import { describe, expect, it } from 'vitest';
import { narrate } from '../../../src/narrate/narrate.js';
import { renderNarration, renderStep, wrap } from '../../../src/narrate/renderNarration.js';
import { termsIn } from '../../../src/narrate/glossary.js';
import { koreaRun } from './koreaFixture.js';

describe('renderNarration', () => {
  it('wraps at the width and keeps every word', () => {
    const text = 'word '.repeat(60).trim();
    const lines = wrap(text, '  ', '  ', 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ').split(/\s+/).filter(Boolean)).toHaveLength(60);
  });

  it('prints a header, the source and the terms of a step', () => {
    const steps = narrate(koreaRun());
    const design = renderStep(steps[1]!, 1, steps.length);
    expect(design.split('\n')[0]).toBe(`Step 2/${steps.length} [intro]`);
    expect(design).toContain('  Source: Hornung 2015 (CSIS)');
    const i = steps.findIndex((s) => s.terms?.some((g) => g.term === 'OPCON'));
    expect(renderStep(steps[i]!, i, steps.length)).toContain('  Term: OPCON (operational control)');
  });

  it('labels assumptions as not coming from a public source', () => {
    const out = renderNarration(narrate(koreaRun()));
    expect(out).toContain('Assumption (not from a public source): A day of NSC work at most');
    expect(out.split('\n').every((l) => l.length <= 92)).toBe(true);
  });
});

describe('termsIn', () => {
  it('matches whole abbreviations only', () => {
    expect(termsIn('OPCON of rok-opcon-unit').map((g) => g.term)).toEqual(['OPCON']);
    expect(termsIn('OPCONS and TACONX')).toEqual([]);
    expect(termsIn('DEFCON III and CODA').map((g) => g.term)).toEqual(['DEFCON', 'CODA']);
  });
});
