import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/model/errors.js';
import { parseDuration } from '../../../src/model/time.js';
import { loadDesign, loadScenario } from '../../../src/scenario/index.js';
import { applyParameters } from '../../../src/sweep/applyParameters.js';
import { problemsOf } from './helpers.js';

const DAY = parseDuration('1d')!;

/** A small design file whose parameters section and body activation are given. */
function designFile(parameters: string, activation: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcon-param-'));
  const file = join(dir, 'p.yaml');
  writeFileSync(
    file,
    [
      'design: p',
      'name: P',
      'alliance: A',
      'summary: S',
      'nations: [US, JPN]',
      'authorities:',
      '  - {id: us, name: US, nation: US, source: s, procedure: [{step: decide, latency: 1h, source: s}]}',
      'headquarters:',
      '  - {id: hq, name: HQ, kind: national, nation: US, authorities: [us], source: s}',
      'bodies:',
      `  - {id: b, name: B, members: [hq], activate-when: always, activation: ${activation}, source: s}`,
      'parameters:',
      parameters,
      '',
    ].join('\n'),
  );
  return file;
}

describe('{param: NAME} references', () => {
  test('resolve to the parameter value and record which element reads it', () => {
    const d = loadDesign('us-japan-bcm-1997');
    expect(d.bodies.find((b) => b.id === 'bcm')!.activation).toMatchObject({ kind: 'lognormal', median: DAY });
    expect(d.parameterReads).toContainEqual({ parameter: 'bcm-activation-median', element: 'bodies[bcm].activation.lognormal.median' });
  });

  test('a parameter no element reads is a load error at its name, with the fix', () => {
    const file = designFile('  - {name: used, value: 2h, assumption: a}\n  - {name: idle, value: 3, assumption: a}', '{param: used}');
    expect(problemsOf(() => loadDesign(file))).toEqual([
      `${file}:14:12: parameter \`idle\` is read by no element, so setting it would change nothing; reference it with {param: idle} where the design writes the number, duration or value it stands for, or move it to a description`,
    ]);
  });

  test('an unknown name is reported where it is written; a wrong kind of value by the schema there', () => {
    const file = designFile('  - {name: used, value: 2h, assumption: a}', '{lognormal: {median: {param: usd}, sigma: 1}}');
    expect(problemsOf(() => loadDesign(file))).toEqual([
      `${file}:11:93: no parameter has the id \`usd\`; did you mean \`used\`?`,
      `${file}:13:12: parameter \`used\` is read by no element, so setting it would change nothing; reference it with {param: used} where the design writes the number, duration or value it stands for, or move it to a description`,
    ]);
    const wrong = designFile('  - {name: used, value: many, assumption: a}', '{param: used}');
    expect(problemsOf(() => loadDesign(wrong))[0]).toMatch(/p\.yaml:11:\d+: .*activation.*"many"/);
  });
});

describe('applyParameters re-resolves design parameters', () => {
  const model = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-bcm-1997' });

  test('setting a parameter changes every element that reads it, and only the derived model', () => {
    const slow = applyParameters(model, { 'bcm-activation-median': '26d' });
    expect(slow.design.bodies.find((b) => b.id === 'bcm')!.activation).toMatchObject({ median: 26 * DAY });
    expect(slow.design.parameters.find((p) => p.name === 'bcm-activation-median')!.value).toBe('26d');
    expect(model.design.bodies.find((b) => b.id === 'bcm')!.activation).toMatchObject({ median: DAY });
    // Mapped names still apply on top of the re-resolved design.
    const both = applyParameters(model, { 'bcm-activation-median': '2d', 'latency-factor': 2 });
    expect(both.design.modifiers.at(-1)).toMatchObject({ latencyFactor: 2 });
    expect(both.design.bodies.find((b) => b.id === 'bcm')!.activation).toMatchObject({ median: 2 * DAY });
  });

  test('a value the reading element cannot take is an input error naming the parameter', () => {
    expect(() => applyParameters(model, { 'bcm-activation-median': 'soon' }, 'study.yaml')).toThrow(InputError);
    expect(() => applyParameters(model, { 'bcm-activation-median': 'soon' }, 'study.yaml')).toThrow(/parameter bcm-activation-median=soon: .*not a duration.*us-japan-bcm-1997\.yaml:\d+:\d+/);
  });

  test('varying a factor no mechanism reads is refused, naming it', () => {
    const rec = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-recommended' });
    expect(() => applyParameters(rec, { 'modifier.senior-military-meetings.latency-factor': 0.5 })).toThrow(/no mechanism reads it: modifier 'senior-military-meetings' takes its factors from parameter 'senior-meetings-per-year'/);
  });
});
