import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { modifierFactors, type Colocation } from '../../../src/model/design.js';
import { colocationModifier, takesPartInDecisions } from '../../../src/scenario/compileColocation.js';
import { loadDesign, loadScenario } from '../../../src/scenario/index.js';
import { applyParameters } from '../../../src/sweep/applyParameters.js';
import { problemsOf } from './helpers.js';

const recommended = loadDesign('us-japan-recommended');
const modifier = (id: string) => recommended.modifiers.find((m) => m.id === `colocation.${id}`)!;

describe('co-location acts through a derived modifier, by kind, grade and count', () => {
  test('an FEO takes part in the host headquarters planning (rules) and, at O-4/O-5, decisions (gates)', () => {
    expect(modifier('jpn-feo-indopacom')).toMatchObject({ rules: 'all', gates: 'all', procedures: [] });
  });

  test('an FLO answers to its own government: it speeds its own nation authorities only', () => {
    const jpnAuthorities = recommended.authorities.filter((a) => a.nation === 'JPN').map((a) => a.id);
    // Their government's staffs, cabinet and leader, never its parliament (no officer speeds a vote).
    const executive = (ids: readonly string[]) => ids.flatMap((authority) => ['interagency', 'cabinet', 'leader'].map((by) => ({ authority, by })));
    expect(modifier('jpn-flo-usfj')).toMatchObject({ rules: [], gates: [], procedures: executive(jpnAuthorities) });
    const usAuthorities = recommended.authorities.filter((a) => a.nation === 'US').map((a) => a.id);
    expect(modifier('us-flo-mod').procedures).toEqual(executive(usAuthorities));
  });

  test('junior officers and enlisted hold planning billets; O-4 and above sit in decisions', () => {
    expect(['O-3', 'E-6 to E-8', 'O-1/O-2'].map(takesPartInDecisions)).toEqual([false, false, false]);
    expect(['O-4/O-5', 'O-6', 'O-7', undefined].map(takesPartInDecisions)).toEqual([true, true, true, true]);
    const feo = recommended.colocation.find((c) => c.id === 'jpn-feo-indopacom')!;
    const junior: Colocation = { ...feo, grade: 'O-3' };
    expect(colocationModifier(junior, recommended.authorities)).toMatchObject({ rules: 'all', gates: [] });
  });

  test('more officers help more, with diminishing returns, and none help none', () => {
    const feo = recommended.colocation.find((c) => c.id === 'jpn-feo-indopacom')!;
    const factors = [0, 4, 10, 50, 500].map((count) => modifierFactors(colocationModifier({ ...feo, count }, recommended.authorities), []));
    expect(factors[0]).toEqual({ latency: 1, friction: 1 });
    for (let i = 1; i < factors.length; i++) expect(factors[i]!.friction).toBeLessThan(factors[i - 1]!.friction);
    expect(1 - factors[2]!.friction).toBeGreaterThan(factors[2]!.friction - factors[4]!.friction);
  });

  test('setting feo-count re-resolves the co-location count and its factors', () => {
    const model = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-recommended' });
    const more = applyParameters(model, { 'feo-count': 40 }).design;
    expect(more.colocation.find((c) => c.id === 'jpn-feo-indopacom')!.count).toBe(40);
    expect(more.modifiers.find((m) => m.id === 'colocation.jpn-feo-indopacom')!.byCount!.count).toBe(40);
  });
});

describe('directorate limits', () => {
  test('a Japanese FEO in J2 or J3 is refused with the report reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-coloc-'));
    const file = join(dir, 'd.yaml');
    const base = readFileSync('src/designs/us-japan-recommended.yaml', 'utf8');
    writeFileSync(file, base.replace('extends: us-japan-acm-2015', 'extends: us-japan-acm-2015\ndesign: recommended-j3').replace('design: us-japan-recommended\n', '').replace('directorates: [J37, J4, J5, J8]', 'directorates: [J37, J3]'));
    const [line] = problemsOf(() => loadDesign(file));
    expect(line).toMatch(/d\.yaml:\d+:\d+: JPN FEOs cannot serve in J3: given operational differences.*\(Hornung 2015, p\. 21\); choose a directorate not excluded by directorate limit `jpn-feo-not-j3`$/);
  });
});
