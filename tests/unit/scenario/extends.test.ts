import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDesign, loadScenario, validateFile } from '../../../src/scenario/index.js';
import { FIX, problemsOf } from './helpers.js';

describe('extends: merging', () => {
  test('lists merge by id: replace, remove, append; scalars override; the rest is inherited', () => {
    const base = loadDesign(`${FIX}/base-design.yaml`);
    const d = loadDesign(`${FIX}/variant-design.yaml`);
    expect(d.id).toBe('test-variant');
    expect(d.name).toBe('Test variant');
    expect(d.alliance).toBe(base.alliance);
    expect(d.authorities).toEqual(base.authorities);
    expect(d.headquarters.map((h) => h.id)).toEqual(['rok-jcs', 'cfc', 'usfk']);
    expect(d.headquarters[2]).toMatchObject({ parent: 'cfc', warfighting: false, commander: 'US' });
    expect(d.bodies).toEqual([]);
    expect(d.rules).toHaveLength(1);
    expect(d.rules[0]).toMatchObject({ id: 'wartime-opcon', forces: {}, source: 'variant', when: { kind: 'compare', variable: 'phase', op: 'gte', value: 2 } });
    // the replaced rule's defaults come from its new text, not the base's
    expect(d.rules[0]!.returnWhen).toEqual({ kind: 'never' });
    expect(d.rules[0]!.latency).toEqual({ kind: 'triangular', min: 30 * 60_000, mode: 2 * 3_600_000, max: 6 * 3_600_000 });
  });

  test('an inline scenario design extends a file, removes an entry and gets a default id', () => {
    const m = loadScenario(`${FIX}/scenario-inline.yaml`);
    expect(m.design.id).toBe('loader-inline-design');
    expect(m.design.name).toBe('Test variant');
    expect(m.design.rules).toEqual([]);
    expect(m.design.headquarters.map((h) => h.id)).toEqual(['rok-jcs', 'cfc', 'usfk']);
    expect(m.seed).toBe('banana');
    expect(m.initial).toMatchObject({ posture: 'armistice', defcon: 4, watchcon: 5, phase: 0, situation: 'none' });
  });

  test('problems in an element point into the file where it was written', () => {
    expect(problemsOf(() => validateFile(`${FIX}/extends-bad.yaml`))).toEqual([
      `${FIX}/bad-base.yaml:13:9: no headquarters has the id \`nowhere\`; use one of: indopacom, jtf`,
      `${FIX}/extends-bad.yaml:5:5: headquarters \`jtf\` has neither \`source:\` nor \`assumption:\`; cite a source (source: "Hornung 2015, p. 14") or state the modelling assumption (assumption: "...")`,
    ]);
  });

  test('a cycle of extends is refused', () => {
    expect(problemsOf(() => validateFile(`${FIX}/cycle-a.yaml`))).toEqual([
      `${FIX}/cycle-b.yaml:2:10: \`extends: ./cycle-a.yaml\` makes a cycle (${FIX}/cycle-a.yaml -> ${FIX}/cycle-b.yaml -> ${FIX}/cycle-a.yaml); make one of these designs stop extending the other`,
    ]);
  });

  test('removing an entry the base lacks is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-ext-'));
    writeFileSync(join(dir, 'base.yaml'), 'design: b\nname: B\nalliance: t\nsummary: s\nnations: [US]\nauthorities: [{id: p, name: P, nation: US, source: s, procedure: [{step: x, latency: 1h, source: s}]}]\nheadquarters: [{id: h, name: H, kind: national, nation: US, authorities: [p], source: s}]\n');
    writeFileSync(join(dir, 'v.yaml'), 'design: v\nextends: ./base.yaml\nrules:\n  - id: ghost\n    remove: true\n');
    const [line] = problemsOf(() => loadDesign(join(dir, 'v.yaml')));
    expect(line).toMatch(/v\.yaml:4:9: cannot remove rules `ghost`: the base design has none; use the id of an entry of the base design, or delete this entry$/);
  });
});

describe('design references stay inside allowed folders', () => {
  test('a relative path out of the scenario folder is refused', () => {
    expect(problemsOf(() => validateFile(`${FIX}/escape.yaml`))).toEqual([
      `${FIX}/escape.yaml:3:9: design path \`../../../package.json\` leads outside the scenario's folder, scenarios/ and src/designs/; copy the design next to the scenario, or name a built-in design by id`,
    ]);
  });

  test('paths in files may be relative or absolute but must stay inside the allowed folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-ref-'));
    mkdirSync(join(dir, 'designs'));
    writeFileSync(join(dir, 'designs', 'd.yaml'), `design: d\nextends: us-rok-cfc-1994\nname: Variant in a sub-folder\n`);
    const scenario = (design: string) => `scenario: s\ntitle: t\ndesign: ${design}\nstart: 2026-03-01\nforces: [{id: f, name: F, nation: ROK, component: land, home: rok-jcs}]\n`;
    writeFileSync(join(dir, 'ok.yaml'), scenario('./designs/d.yaml'));
    expect(loadScenario(join(dir, 'ok.yaml')).design.name).toBe('Variant in a sub-folder');
    writeFileSync(join(dir, 'abs.yaml'), scenario(join(dir, 'designs', 'd.yaml')));
    expect(loadScenario(join(dir, 'abs.yaml')).design.name).toBe('Variant in a sub-folder');
    writeFileSync(join(dir, 'abs-out.yaml'), scenario(resolve('package.json')));
    expect(problemsOf(() => loadScenario(join(dir, 'abs-out.yaml')))[0]).toMatch(/abs-out\.yaml:3:9: design path `.*package\.json` leads outside/);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'up.yaml'), scenario('../designs/d.yaml'));
    expect(problemsOf(() => loadScenario(join(dir, 'sub', 'up.yaml')))[0]).toMatch(/up\.yaml:3:9: design path `\.\.\/designs\/d\.yaml` leads outside/);
  });

  test('a --design override replaces the scenario design and may be any path the user gives', () => {
    const m = loadScenario(`${FIX}/escape.yaml`, { design: `${FIX}/base-design.yaml` });
    expect(m.design.id).toBe('test-base');
    expect(loadScenario(`${FIX}/scenario-inline.yaml`, { design: 'us-rok-cfc-1994' }).design.id).toBe('us-rok-cfc-1994');
  });
});
