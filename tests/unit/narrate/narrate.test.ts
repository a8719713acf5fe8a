import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { narrate } from '../../../src/narrate/narrate.js';
import { HOUR } from '../../../src/model/time.js';
import type { RecordBody } from '../../../src/model/records.js';
import { cfcRule, koreaDesign, koreaModel, koreaRun, START } from './koreaFixture.js';

describe('narrate', () => {
  it('groups one rule’s command records at one instant into one transfer step listing every force', () => {
    const steps = narrate(koreaRun());
    const transfers = steps.filter((s) => s.kind === 'transfer');
    expect(transfers).toHaveLength(1);
    const [step] = transfers;
    expect(step!.seq).toEqual([12, 14]);
    expect(step!.t).toBe(START + 8 * HOUR);
    expect(step!.text).toContain('OPCON of ROK I Corps, ROK III Corps and ROK 2nd Fleet passed from ROK Joint Chiefs of Staff to ROK-U.S. Combined Forces Command');
    expect(step!.text).toContain('commanded by a U.S. officer with a ROK deputy');
    expect(step!.text).toContain('answer operationally to a U.S. commander');
    expect(step!.text).toContain('At T+8h (2026-03-01 08:00 UTC)');
    expect(step!.source).toBe(cfcRule.source);
  });

  it('says why a transfer happened by following cause seqs past the rule’s own state records', () => {
    const step = narrate(koreaRun()).find((s) => s.kind === 'transfer')!;
    expect(step.text).toContain('Why: DEFCON III took effect (T+6h)');
  });

  it('tells a gated level change with who approved it and cites the gate', () => {
    const level = narrate(koreaRun()).find((s) => s.kind === 'level')!;
    expect(level.text).toContain('the alert level rose from DEFCON IV to DEFCON III, approved by both the U.S. President and the ROK President');
    expect(level.source).toBe(koreaDesign().gates[0]!.source);
  });

  it('folds a level set directly by an event into that event’s step', () => {
    const steps = narrate(koreaRun());
    const crisis = steps.find((s) => s.text.includes('declare a crisis'))!;
    expect(crisis.text).toContain("The theater's posture is now crisis; it was armistice.");
    expect(steps.filter((s) => s.kind === 'level')).toHaveLength(1);
  });

  it('cites the authority and labels its decision step’s assumption apart', () => {
    const steps = narrate(koreaRun());
    const us = steps.find((s) => s.kind === 'decision' && s.text.includes('U.S. President approved'))!;
    expect(us.assumption).toBe('A day of NSC work at most');
    expect(us.source).toBe('PDD-25 (1994)');
    expect(us.text).toContain('Still waiting for the ROK President.');
    const rok = steps.find((s) => s.kind === 'decision' && s.text.includes('ROK President approved'))!;
    expect(rok.text).toContain('That completes the approvals needed.');
  });

  it('explains each glossary term once, on the first step that uses it', () => {
    const steps = narrate(koreaRun());
    const all = steps.flatMap((s) => (s.terms ?? []).map((g) => g.term));
    expect(new Set(all).size).toBe(all.length);
    const firstOpcon = steps.findIndex((s) => /\bOPCON\b/.test(s.text));
    expect(firstOpcon).toBeGreaterThanOrEqual(0);
    expect(steps[firstOpcon]!.terms?.map((g) => g.term)).toContain('OPCON');
    const adconStep = steps.findIndex((s) => s.terms?.some((g) => g.term === 'ADCON'));
    expect(steps.findIndex((s) => /\bADCON\b/.test(s.text))).toBe(adconStep);
  });

  it('tells the forces an event engages in that event’s step', () => {
    const steps = narrate(koreaRun());
    expect(steps.some((s) => s.kind === 'engagement')).toBe(false);
    const shelling = steps.find((s) => s.text.includes('shells Yeonpyeong'))!;
    expect(shelling.text).toContain('ROK 2nd Fleet is now engaged.');
  });

  it('tells a body passing through two states at one instant in one step', () => {
    const extra: [number, RecordBody][] = [
      [30, { type: 'coordination', body: 'mcm', from: 'active', to: 'standing-down', level: null, cause: 9 }],
      [30, { type: 'coordination', body: 'mcm', from: 'standing-down', to: 'dormant', level: null, cause: 16 }],
    ];
    const c = narrate(koreaRun(koreaModel(), extra)).filter((s) => s.kind === 'coordination');
    expect(c).toHaveLength(2);
    expect(c[1]!.text).toContain('the Military Committee Meeting begins to stand down');
    expect(c[1]!.text).toContain('The Military Committee Meeting is now dormant.');
    expect(c[1]!.seq).toEqual([16, 17]);
  });

  it('drops a headquarters name’s parenthetical so its description can follow', () => {
    const design = koreaDesign();
    const renamed = { ...design, headquarters: design.headquarters.map((h) => (h.id === 'rok-jcs' ? { ...h, name: 'ROK Joint Chiefs of Staff (Chairman)' } : h)) };
    const step = narrate(koreaRun(koreaModel(renamed))).find((s) => s.kind === 'transfer')!;
    expect(step.text).toContain('passed from ROK Joint Chiefs of Staff to');
  });

  it('explains a refusal: who refused, why one is enough, and what stays in place', () => {
    const extra: [number, RecordBody][] = [
      [20, { type: 'request', request: 'req-2', subject: 'defcon:2', authorities: ['us-president', 'rok-president'], mode: 'all', cause: 9 }],
      [22, { type: 'decision', request: 'req-2', authority: 'rok-president', subject: 'defcon:2', outcome: 'refused', cause: 16 }],
    ];
    const model = koreaModel(koreaDesign({ gates: [{ ...koreaDesign().gates[0]! }] }));
    const refusal = narrate(koreaRun(model, extra)).find((s) => s.kind === 'refusal')!;
    expect(refusal.text).toContain('the ROK President refused DEFCON II');
    expect(refusal.text).toContain('one refusal is enough: the theater stays at DEFCON III');
    expect(refusal.source).toBe('ROK Constitution, Art. 74');
  });

  it('tells a return with the rule’s return condition', () => {
    const extra: [number, RecordBody][] = [
      [48, { type: 'command', force: 'rok-1-corps', relationship: 'opcon', from: 'cfc', to: 'rok-jcs', rule: 'cfc-wartime-opcon', cause: 9 }],
    ];
    const step = narrate(koreaRun(koreaModel(), extra)).find((s) => s.kind === 'return')!;
    expect(step.text).toContain('OPCON of ROK I Corps returned from ROK-U.S. Combined Forces Command to ROK Joint Chiefs of Staff');
    expect(step.text).toContain('return condition holds (defcon at most 4)');
  });

  it('tells one rule’s returns to several home headquarters as one step', () => {
    const design = koreaDesign();
    const model = koreaModel({ ...design, rules: [{ ...cfcRule, forces: {} }] });
    const extra: [number, RecordBody][] = [
      [48, { type: 'command', force: 'rok-1-corps', relationship: 'opcon', from: 'cfc', to: 'rok-jcs', rule: 'cfc-wartime-opcon', cause: 9 }],
      [48, { type: 'command', force: 'us-7-af', relationship: 'opcon', from: 'cfc', to: 'usfk', rule: 'cfc-wartime-opcon', cause: 9 }],
      [48, { type: 'command', force: 'rok-3-corps', relationship: 'opcon', from: 'cfc', to: 'rok-jcs', rule: 'cfc-wartime-opcon', cause: 9 }],
    ];
    const steps = narrate(koreaRun(model, extra)).filter((s) => s.kind === 'return');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.seq).toEqual([16, 18]);
    expect(steps[0]!.text).toContain('returned from ROK-U.S. Combined Forces Command to their own headquarters: ROK I Corps and ROK III Corps to ROK Joint Chiefs of Staff; U.S. 7th Air Force to U.S. Forces Korea');
  });

  it('names the law a constraint violation breaks and cites the constraint', () => {
    const extra: [number, RecordBody][] = [
      [8, { type: 'constraint', force: 'rok-1-corps', nation: 'ROK', relationship: 'opcon', holder: 'cfc', commander: 'US', law: 'Armed Forces Organization Act', rule: 'cfc-wartime-opcon', cause: 12 }],
      [8, { type: 'constraint', force: 'rok-3-corps', nation: 'ROK', relationship: 'opcon', holder: 'cfc', commander: 'US', law: 'Armed Forces Organization Act', rule: 'cfc-wartime-opcon', cause: 13 }],
    ];
    const steps = narrate(koreaRun(koreaModel(), extra));
    const c = steps.filter((s) => s.kind === 'constraint');
    expect(c).toHaveLength(1);
    expect(c[0]!.text).toContain('ROK forces (ROK I Corps and ROK III Corps)');
    expect(c[0]!.text).toContain('ROK law and agreements do not allow that (Armed Forces Organization Act)');
    expect(c[0]!.assumption).toBe('ROK law allows CFC OPCON');
  });

  it('tells friction episodes and how long they lasted', () => {
    const extra: [number, RecordBody][] = [
      [10, { type: 'friction', id: 'f1', phase: 'start', nations: ['US', 'ROK'] }],
      [24, { type: 'friction', id: 'f1', phase: 'resolved', nations: ['US', 'ROK'] }],
    ];
    const f = narrate(koreaRun(koreaModel(), extra)).filter((s) => s.kind === 'friction');
    expect(f).toHaveLength(2);
    expect(f[0]!.text).toContain('U.S. and ROK national guidance diverge');
    expect(f[1]!.text).toContain('resolved after 14h');
    expect(f[0]!.assumption).toBe('One divergence a day under parallel command');
  });

  it('tells the first friction episode in full and sums up the ones that follow', () => {
    const extra: [number, RecordBody][] = [
      [10, { type: 'friction', id: 'f1', phase: 'start', nations: ['US', 'ROK'] }],
      [14, { type: 'friction', id: 'f1', phase: 'resolved', nations: ['US', 'ROK'] }],
      [20, { type: 'friction', id: 'f2', phase: 'start', nations: ['US', 'ROK'] }],
      [22, { type: 'friction', id: 'f2', phase: 'resolved', nations: ['US', 'ROK'] }],
      [30, { type: 'friction', id: 'f3', phase: 'start', nations: ['US', 'ROK'] }],
      [36, { type: 'friction', id: 'f3', phase: 'resolved', nations: ['US', 'ROK'] }],
    ];
    const f = narrate(koreaRun(koreaModel(), extra)).filter((s) => s.kind === 'friction');
    expect(f).toHaveLength(3);
    expect(f[2]!.seq).toEqual([18, 21]);
    expect(f[2]!.text).toContain('2 more episodes of divergent U.S. and ROK national guidance arose; 2 were resolved, after 4h on average (the longest 6h)');
    expect(f[2]!.text).toMatch(/^Between T\+20h \(2026-03-01 20:00 UTC\) and T\+1d12h/);
  });

  it('cites a coordination level’s own provenance when a body is active at that level', () => {
    const c = narrate(koreaRun()).find((s) => s.kind === 'coordination')!;
    expect(c.text).toContain('the Military Committee Meeting is active at its "plenary" level (four-star chairmen)');
    expect(c.text).toContain('commands no forces');
    expect(c.assumption).toBe('Plenary sessions speed consultation by a fifth');
  });

  it('dates steps of a run spanning decades instead of giving T+ offsets', () => {
    const long = { ...koreaModel(), end: START + 400 * 24 * HOUR };
    const step = narrate(koreaRun(long)).find((s) => s.kind === 'transfer')!;
    expect(step.text).toMatch(/^On 2026-03-01 08:00 UTC OPCON/);
  });

  it('ends with who commands which forces, replayed from the records alone', () => {
    const end = narrate(koreaRun()).at(-1)!;
    expect(end.kind).toBe('end');
    expect(end.text).toContain('3 command relationships changed');
    expect(end.text).toContain('Under OPCON of ROK-U.S. Combined Forces Command: ROK I Corps, ROK III Corps and ROK 2nd Fleet.');
  });

  it('is pure: the same run narrates to the same steps and the input is not changed', () => {
    const run = koreaRun();
    const before = JSON.stringify(run.records);
    expect(JSON.stringify(narrate(run))).toBe(JSON.stringify(narrate(run)));
    expect(JSON.stringify(run.records)).toBe(before);
  });
});

describe('narrate over any prefix of a run', () => {
  const full = koreaRun();
  test.prop([fc.nat({ max: full.records.length })])('never throws; steps follow the log order and stay within it', (n) => {
    const run = { ...full, records: full.records.slice(0, n) };
    const steps = narrate(run);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.seq[0]).toBeGreaterThanOrEqual(steps[i - 1]!.seq[0]);
    for (const s of steps) {
      expect(s.seq[0]).toBeLessThanOrEqual(s.seq[1]);
      expect(s.seq[1]).toBeLessThan(n);
      expect(s.text.length).toBeGreaterThan(0);
    }
  });
});
