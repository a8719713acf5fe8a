import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { sameOfficer } from '../../../src/model/design.js';
import type { CommandRecord, ConstraintRecord, StateRecord, SupportRecord } from '../../../src/model/records.js';
import { DAY, HOUR, parseIso } from '../../../src/model/time.js';
import { commandTableJson, renderCommandTable } from '../../../src/output/index.js';
import { narrate } from '../../../src/narrate/narrate.js';
import { listBuiltinDesigns, loadDesign, loadScenario } from '../../../src/scenario/index.js';
import { cmp, design, force, hq, model, rule, START } from '../../helpers/miniModel.js';
import { problemsOf } from '../scenario/helpers.js';

/** Writes a scenario next to nothing else and returns its path (loader tests need a file). */
function scenarioFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcon-doctrine-'));
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, text);
  return file;
}

describe('multi-hatted commanders', () => {
  const officers = [{ id: 'four-star', title: 'Commander, CFC and USFK', nation: 'US', heads: ['usfk', 'cfc'], assumption: 'test' }];
  const m = model({
    design: design({
      officers,
      rules: [rule({ id: 'wartime', forces: { designated: true }, to: 'cfc', when: cmp('defcon', 'gte', 3), returnWhen: cmp('defcon', 'lte', 4), latency: { kind: 'fixed', value: DAY }, returnLatency: { kind: 'fixed', value: DAY } })],
    }),
  });
  const result = simulate(m);
  const commands = result.records.filter((r): r is CommandRecord => r.type === 'command');
  const at = (id: string, to: string) => parseIso(commands.find((c) => c.force === id && c.to === to)!.t)!;

  it('moves a force between two hats of one officer when the transfer starts, the others after the latency', () => {
    const transferring = result.records.find((r): r is StateRecord => r.type === 'state' && r.machine === 'rule.wartime' && r.to === 'transferring')!;
    expect(at('us-2id', 'cfc')).toBe(parseIso(transferring.t));
    expect(at('rok-1', 'cfc')).toBe(parseIso(transferring.t)! + DAY);
  });
  it('gives a change of hats back at once when the return starts', () => {
    const returning = result.records.find((r): r is StateRecord => r.type === 'state' && r.machine === 'rule.wartime' && r.to === 'returning')!;
    expect(at('us-2id', 'usfk')).toBe(parseIso(returning.t));
    expect(at('rok-1', 'rok-jcs')).toBe(parseIso(returning.t)! + DAY);
  });
  it('without the officer every force waits for the latency', () => {
    const plain = simulate(model({ design: { ...m.design, officers: [] } }));
    const c = plain.records.filter((r): r is CommandRecord => r.type === 'command' && r.to === 'cfc');
    expect(new Set(c.map((r) => r.t)).size).toBe(1);
  });
  it('names the officer in opcon at and in explain', () => {
    const t = at('us-2id', 'cfc') + HOUR;
    const doc = commandTableJson(result, t);
    expect(doc.forces.find((f) => f.id === 'us-2id')!.officer).toBe('Commander, CFC and USFK');
    expect(doc.officers).toEqual([{ id: 'four-star', title: 'Commander, CFC and USFK', nation: 'US', heads: ['usfk', 'cfc'] }]);
    expect(renderCommandTable(result, t)).toContain('Commander, CFC and USFK');
    expect(narrate(result).some((s) => s.text.includes('change of hats'))).toBe(true);
  });
  it('cancelling a transfer that had started gives the hat changes back', () => {
    const short = simulate(model({ ...m, timeline: [...m.timeline.slice(0, 1), { ...m.timeline[1]!, trigger: { kind: 'at', time: START + DAY + 6 * HOUR } }] }));
    const final = commandTableJson(short, short.model.end).forces;
    expect(final.find((f) => f.id === 'us-2id')!.opcon).toBe('usfk');
    expect(final.find((f) => f.id === 'rok-1')!.opcon).toBe('rok-jcs');
  });
});

describe('national constraints that name the allowed holders', () => {
  const constrained = (to: string) =>
    simulate(
      model({
        design: design({
          headquarters: [hq('rok-jcs', 'ROK', 'national', undefined, ['rok']), hq('usfk', 'US', 'national', undefined, ['us']), { ...hq('cfc', 'US', 'combined', undefined, ['us', 'rok']), deputy: 'ROK' }],
          constraints: [{ nation: 'ROK', opcon: ['US'], tacon: ['US'], holders: ['cfc'], law: 'CFC terms of reference', assumption: 'test' }],
          rules: [rule({ id: 'wartime', forces: { nations: ['ROK'], designated: true }, to, when: cmp('defcon', 'gte', 3) })],
        }),
      }),
    ).records.filter((r): r is ConstraintRecord => r.type === 'constraint');
  it('allows the bilateral command and flags a U.S. national command of the same nationality', () => {
    expect(constrained('cfc')).toEqual([]);
    expect(constrained('usfk').map((c) => c.holder)).toEqual(['usfk']);
  });
});

describe('ADCON runs through Service channels', () => {
  it('refuses a force whose ADCON would sit at a combatant command, naming Service headquarters', () => {
    const file = scenarioFile(`scenario: adcon-test
title: t
design: nato
start: 2027-01-01T00:00Z
end: T+1d
forces:
  - {id: us-bct, name: U.S. brigade, nation: US, component: land, home: eucom, national: eucom}
`);
    const problems = problemsOf(() => loadScenario(file));
    expect(problems.join('\n')).toMatch(/ADCON at `eucom`, a combatant command.*usareur-af/);
  });
  it('no force of any shipped scenario, under any design of its alliance that loads it, has ADCON at a combatant command, and U.S. ADCON is at a Service headquarters', async () => {
    const { shippedScenarios } = await import('../../helpers/shipped.js');
    const designs = listBuiltinDesigns();
    for (const file of shippedScenarios()) {
      const own = loadScenario(file);
      for (const d of designs.filter((x) => x.alliance === own.design.alliance)) {
        let m;
        try {
          m = loadScenario(file, { design: d.id });
        } catch {
          continue;
        }
        const role = new Map(m.design.headquarters.map((h) => [h.id, h.role]));
        for (const f of m.forces) {
          expect(role.get(f.adcon), `${file} ${d.id} ${f.id}`).not.toBe('combatant-command');
          if (f.nation === 'US') expect(role.get(f.adcon), `${file} ${d.id} ${f.id}`).toBe('service');
        }
      }
    }
  });
});

describe('support relationships', () => {
  it('are written while their condition holds and shown by opcon at and explain', () => {
    const m = model({
      design: design({ support: [{ id: 'jcs-supports-cfc', supported: 'cfc', supporting: ['rok-jcs'], kind: 'general', when: cmp('defcon', 'gte', 3), assumption: 'test' }] }),
    });
    const result = simulate(m);
    const support = result.records.filter((r): r is SupportRecord => r.type === 'support');
    expect(support.map((s) => s.active)).toEqual([true, false]);
    const during = parseIso(support[0]!.t)! + HOUR;
    expect(commandTableJson(result, during).support).toEqual([{ id: 'jcs-supports-cfc', supported: 'cfc', supporting: ['rok-jcs'], kind: 'general' }]);
    expect(commandTableJson(result, m.end).support).toEqual([]);
    expect(renderCommandTable(result, during)).toMatch(/rok-jcs supporting cfc \(general support\)/);
    expect(narrate(result).find((s) => s.kind === 'support')!.text).toMatch(/supported commander.*moves no OPCON/);
  });
  it('the 2007 plan puts the ROK JCS in the lead with KORCOM supporting', () => {
    const m = loadScenario('scenarios/korea/escalation.yaml', { design: 'us-rok-2007-plan' });
    const doc = commandTableJson(simulate(m), m.start);
    expect(doc.support).toContainEqual({ id: 'korcom-supports-rok-jcs', supported: 'rok-jcs', supporting: ['korcom'], kind: 'general' });
  });
});

describe('doctrinal terms', () => {
  const history = simulate(loadScenario('scenarios/history/korea-opcon-1950-2026.yaml'));
  const row = (date: string, id: string) => commandTableJson(history, parseIso(date)!).forces.find((f) => f.id === id)!;
  it('1950: the UN Command holds command authority over all ROK forces', () => {
    for (const id of ['rok-first-army', 'rok-second-army', 'rok-swc']) expect(row('1951-01-01T00:00Z', id)).toMatchObject({ opcon: 'unc', opconTerm: 'command authority' });
  });
  it('1954: the Agreed Minute narrows it to OPCON of all but the rear-area commands, with the same holder', () => {
    expect(row('1955-01-01T00:00Z', 'rok-first-army')).toMatchObject({ opcon: 'unc', opconTerm: 'OPCON' });
    expect(row('1955-01-01T00:00Z', 'rok-second-army')).toMatchObject({ opcon: 'rok-jcs', opconTerm: 'OPCON' });
    const change = history.records.find((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-first-army' && r.from === 'unc' && r.to === 'unc');
    expect(change?.t.startsWith('1954-11-17')).toBe(true);
  });
  it('NATO transfers of authority pass NATO OPCON; national headquarters keep OPCOM', () => {
    const nato = simulate(loadScenario('scenarios/nato/article-5-baltic.yaml'));
    const t = parseIso('2027-05-17T03:00Z')!;
    const forces = commandTableJson(nato, t).forces;
    expect(forces.find((f) => f.id === 'gbr-efp-battlegroup')).toMatchObject({ opcon: 'shape', opconTerm: 'NATO OPCON' });
    expect(forces.find((f) => f.id === 'pol-territorial-defence')).toMatchObject({ opcon: 'pol-dowop', opconTerm: 'OPCOM' });
    expect(forces.find((f) => f.id === 'us-abct')).toMatchObject({ opcon: 'shape', officer: 'SACEUR and Commander, U.S. European Command (one U.S. four-star)', national: 'eucom', adcon: 'usareur-af' });
  });
  it('Australian forces: national command with the CDF, operational command with CJOPS', () => {
    const aus = simulate(loadScenario('scenarios/australia/coalition-red-card.yaml'));
    const f = commandTableJson(aus, aus.model.start).forces.find((x) => x.id === 'hmas-frigate')!;
    expect(f).toMatchObject({ national: 'aus-cdf', opcon: 'aus-hqjoc', opconTerm: 'OPCOM', adcon: 'aus-navy' });
  });
});

describe('the UN Command after 1978', () => {
  it('takes OPCON of the sending states\u2019 forces if the armistice breaks down, not of ROK forces', () => {
    const file = scenarioFile(`scenario: unc-test
title: t
design: us-rok-cfc-1994
start: 2027-01-01T00:00Z
end: T+10d
initial: {posture: armistice, defcon: 4}
forces:
  - {id: gbr-frigate, name: British frigate, nation: GBR, component: maritime, home: usfk, adcon: eighth-army, tags: [unc-sending-state]}
  - {id: rok-1-corps, name: ROK I Corps, nation: ROK, component: land, designated: true, home: rok-jcs, adcon: rok-army-hq}
timeline:
  - {at: T+1d, label: The armistice breaks down, posture: hostilities, assumption: test}
`);
    const result = simulate(loadScenario(file));
    const forces = commandTableJson(result, result.model.end).forces;
    expect(forces.find((f) => f.id === 'gbr-frigate')!.opcon).toBe('unc');
    expect(forces.find((f) => f.id === 'rok-1-corps')!.opcon).toBe('rok-jcs');
  });
});

describe('shipped designs', () => {
  const designs = listBuiltinDesigns().map((d) => loadDesign(d.file));
  it('list each multi-hatted officer only over headquarters its nation commands', () => {
    for (const d of designs) for (const o of d.officers) for (const h of o.heads) expect(d.headquarters.find((x) => x.id === h)?.commander, `${d.id} ${o.id} ${h}`).toBe(o.nation);
  });
  it('name the report\u2019s multi-hatted commanders: UNC/CFC/USFK, SACEUR/EUCOM, USFJ/Fifth Air Force', () => {
    const byId = new Map(designs.map((d) => [d.id, d]));
    expect(sameOfficer(byId.get('us-rok-cfc-1994')!, 'cfc', 'usfk')).toBe(true);
    expect(sameOfficer(byId.get('us-rok-cfc-1994')!, 'unc', 'cfc')).toBe(true);
    expect(sameOfficer(byId.get('nato')!, 'shape', 'eucom')).toBe(true);
    expect(sameOfficer(byId.get('us-japan-bcm-1997')!, 'usfj', 'fifth-af')).toBe(true);
    // The future CFC is commanded by a ROK four-star: the U.S. four-star no longer heads it.
    expect(sameOfficer(byId.get('us-rok-future-cfc-2018')!, 'cfc', 'usfk')).toBe(false);
  });
  it('constrain ROK forces to the bilateral CFC citing the Agreed Minute and the CFC terms of reference, not the Mutual Defense Treaty', () => {
    const rok = designs.find((d) => d.id === 'us-rok-cfc-1994')!.constraints.find((c) => c.nation === 'ROK')!;
    expect(rok.holders).toEqual(['cfc']);
    expect(rok.law).toMatch(/Agreed Minute/);
    expect(rok.law).toMatch(/terms of reference/);
    expect(rok.law).not.toMatch(/Mutual Defense Treaty/);
  });
  it('cite the constitution in the Japanese constraint and let Australian OPCON or TACON go to a coalition commander', () => {
    for (const d of designs.filter((x) => x.alliance === 'us-japan')) expect(d.constraints.find((c) => c.nation === 'JPN')!.law, d.id).toMatch(/Constitution, art\. 9/);
    const aus = designs.find((d) => d.id === 'us-australia')!.constraints.find((c) => c.nation === 'AUS')!;
    expect(aus).toMatchObject({ opcon: ['US'], tacon: ['US'], holders: ['us-cjtf', 'us-cfacc', 'us-cfmcc'] });
  });
  it('seat AUSMIN with the Secretaries of State and Defense and the Australian ministers, and the CDF in MILREPS', () => {
    const d = designs.find((x) => x.id === 'us-australia')!;
    expect(d.bodies.find((b) => b.id === 'ausmin')!.members).toEqual(['us-secstate', 'us-secdef', 'aus-ministers']);
    expect(d.bodies.find((b) => b.id === 'milreps')!.members).toContain('aus-cdf');
  });
});

describe('the USFJ joint force headquarters in its first phase (us-japan-2025-phased)', () => {
  it('commands U.S. forces below the high end; an armed attack needs an INDOPACOM JTF', () => {
    const m = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-2025-phased' });
    const result = simulate(m, { seed: '1' });
    const holder = (t: number) => commandTableJson(result, t).forces.find((f) => f.id === 'us-csg-5')!.opcon;
    expect(holder(m.start + 2 * DAY)).toBe('usfj');
    expect(holder(m.start + 14 * DAY)).toBe('indopacom-jtf');
    const full = simulate(loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-2025' }), { seed: '1' });
    expect(commandTableJson(full, m.start + 14 * DAY).forces.find((f) => f.id === 'us-csg-5')!.opcon).toBe('usfj');
  });
});
