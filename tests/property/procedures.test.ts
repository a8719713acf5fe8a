import { describe, expect, test } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { simulate } from '../../src/engine/simulate.js';
import { variablesAt } from '../../src/engine/checkExpectations.js';
import { procedureFor, targets, type Design } from '../../src/model/design.js';
import type { Action, ScenarioModel, TimelineEvent } from '../../src/model/scenario.js';
import type { CommandRecord, DecisionRecord, RequestRecord } from '../../src/model/records.js';
import { certificationsIn } from '../../src/model/theater.js';
import { DAY, HOUR, MINUTE, parseIso } from '../../src/model/time.js';
import { listBuiltinDesigns, loadDesign, loadScenario } from '../../src/scenario/index.js';
import { narrate } from '../../src/narrate/narrate.js';

/**
 * Decision procedures over the shipped designs (issue 10): who decides what, by which steps,
 * and what no design may do (Article 5 by silence, a Diet vote on a phase, a meeting speeding a
 * parliament, a pre-agreed integration outside its pre-agreed circumstances).
 */
const designs: Design[] = listBuiltinDesigns().map((d) => loadDesign(d.id));

function stepsFor(d: Design, authorityId: string, decision: string) {
  const a = d.authorities.find((x) => x.id === authorityId)!;
  return procedureFor(a, decision)?.steps ?? [];
}

describe.each(designs.map((d) => ({ id: d.id, d })))('design $id', ({ d }) => {
  test('every gate and rule asks each approving authority for a kind it has a procedure for', () => {
    for (const x of [...d.gates, ...d.rules]) {
      for (const a of x.approvals) expect(stepsFor(d, a, x.decision).length, `${x.id}: ${a} deciding ${x.decision}`).toBeGreaterThan(0);
    }
  });

  test('no collective-defence decision by silence; silence only where a source is cited', () => {
    for (const x of [...d.gates, ...d.rules]) {
      if (x.decision === 'collective-defence') expect(x.mode, x.id).toBe('all');
      if (x.mode === 'silence') expect(x.source, x.id).toBeDefined();
    }
  });

  test('no parliament votes on a JP 5-0 phase', () => {
    for (const g of d.gates.filter((x) => x.level === 'phase')) {
      for (const a of g.approvals) expect(stepsFor(d, a, g.decision).filter((s) => s.by === 'parliament'), `${g.id} ${a}`).toEqual([]);
    }
  });

  test('no modifier or meeting speeds a parliament step', () => {
    for (const a of d.authorities) {
      for (const p of a.procedures) {
        for (const s of p.steps.filter((x) => x.by === 'parliament')) {
          for (const kind of p.decisions) {
            for (const m of d.modifiers) if (m.procedures !== 'all') expect(m.procedures.some((t) => targets(t, a.id, kind, s)), `${m.id} ${a.id} ${s.name}`).toBe(false);
            for (const m of d.meetings) expect(m.speeds.some((t) => targets(t, a.id, kind, s)), `${m.id} ${a.id} ${s.name}`).toBe(false);
          }
        }
      }
    }
  });

  test('a joint task force is established by a commander, not a head of government', () => {
    const jtfs = new Set(d.headquarters.filter((h) => h.echelon === 'joint-task-force').map((h) => h.id));
    for (const r of d.rules.filter((x) => jtfs.has(x.to) && x.approvals.length > 0)) {
      for (const a of r.approvals) expect(stepsFor(d, a, r.decision).map((s) => s.by), `${r.id} ${a}`).toEqual(stepsFor(d, a, r.decision).map(() => 'military'));
    }
  });

  test('a rule without approvals that puts JSDF forces under a combined command when a crisis comes follows a plan', () => {
    const combined = new Set(d.headquarters.filter((h) => h.kind === 'combined').map((h) => h.id));
    for (const r of d.rules) {
      const japanese = r.forces !== 'all' && (r.forces.nations ?? []).includes('JPN');
      if (!japanese || !combined.has(r.to) || r.approvals.length > 0 || r.when.kind === 'always') continue;
      expect(r.plan, `${r.id} moves JSDF forces with nobody's decision`).toBeDefined();
    }
  });
});

describe('Japan', () => {
  const acm = designs.find((d) => d.id === 'us-japan-acm-2015')!;

  test('certification by the Cabinet after the NSC; a defense operation with the Diet, afterwards in an emergency; a phase by the Prime Minister', () => {
    const by = (decision: string) => stepsFor(acm, 'jpn-government', decision).map((s) => s.by);
    expect(by('situation-certification')).toEqual(['interagency', 'cabinet']);
    expect(by('defense-operation')).toEqual(['interagency', 'cabinet', 'parliament']);
    expect(stepsFor(acm, 'jpn-government', 'defense-operation')[2]!.afterWhen).toBeDefined();
    expect(by('operation-phase')).toEqual(['interagency', 'leader']);
  });

  test('situations are separate certifications that can hold together', () => {
    const m = loadScenario('scenarios/japan/regional-contingency.yaml');
    const r = simulate(m, { seed: '3' });
    const values = r.records.filter((x) => x.type === 'state' && x.machine === 'theater.situation').map((x) => certificationsIn((x as { to: string }).to));
    expect(values.some((v) => v.includes('survival-threatening') && v.includes('armed-attack'))).toBe(true);
  });

  test('an armed-attack-anticipated situation does not satisfy a use-of-force condition', () => {
    const m: ScenarioModel = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design: 'us-japan-bcm-1997' });
    const at = (t: number, action: Action, id: string): TimelineEvent => ({ id, label: id, trigger: { kind: 'at', time: m.start + t }, chance: 1, jitter: { kind: 'fixed', value: 0 }, action });
    const r = simulate({ ...m, timeline: [at(0, { kind: 'stance', authority: 'jpn-government', subject: '*', approve: 1 }, 's'), at(HOUR, { kind: 'set-level', level: 'situation', value: 'armed-attack-anticipated' }, 'a')] });
    // The JTF is formed for a situation permitting the use of force, not an anticipated attack.
    expect(r.records.filter((x) => x.type === 'request' && x.subject === 'rule:usfj-jtf')).toEqual([]);
    expect(r.records.some((x) => x.type === 'state' && x.machine === 'theater.situation' && x.to === 'armed-attack-anticipated')).toBe(true);
  });
});

describe('NATO', () => {
  const m = loadScenario('scenarios/nato/article-5-baltic.yaml');
  fcTest.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 15 })('Article 5 holds only once every capital has agreed in session', (seed) => {
    const r = simulate(m, { seed: String(seed) });
    const requests = r.records.filter((x): x is RequestRecord => x.type === 'request' && x.subject === 'posture:hostilities');
    expect(requests.length).toBeGreaterThan(0);
    for (const q of requests) expect(q.mode).toBe('all');
    const war = r.records.find((x) => x.type === 'state' && x.machine === 'theater.posture' && x.to === 'hostilities');
    if (!war) return;
    const cause = r.records.find((x) => x.seq === (war as { cause?: number }).cause) as DecisionRecord;
    const approvals = r.records.filter((x): x is DecisionRecord => x.type === 'decision' && x.request === cause.request && x.outcome === 'approved' && x.seq <= cause.seq);
    expect(new Set(approvals.map((x) => x.authority)).size).toBe(requests[0]!.authorities.length);
  });
});

describe('sliding integration, pre-agreed', () => {
  const base = loadScenario('scenarios/teaching/japan-sliding.yaml');
  const plan = base.design.plans.find((p) => p.id === 'sliding-integration-plan')!;
  const planned = new Set(base.design.rules.filter((r) => r.plan === plan.id).map((r) => r.id));
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.constantFrom('none', 'gray-zone', 'armed-attack-anticipated', 'survival-threatening', 'armed-attack').map((value) => ({ kind: 'set-level', level: 'situation', value }) as Action),
    fc.integer({ min: 0, max: 4 }).map((value) => ({ kind: 'set-level', level: 'phase', value }) as Action),
    fc.boolean().map((value) => ({ kind: 'set-fact', name: 'emergency', value }) as Action),
    fc.double({ min: 0, max: 1, noNaN: true }).map((approve) => ({ kind: 'stance', authority: 'jpn-government', subject: '*', approve }) as Action),
  );
  const timeline = fc.array(fc.record({ at: fc.integer({ min: 0, max: 12 * 24 * 60 }), action }), { minLength: 1, maxLength: 20 });

  fcTest.prop([timeline, fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 60 })(
    "no pre-agreed integration without the plan's circumstances, nor without the Cabinet's recorded adoption",
    (items, seed) => {
      const tl: TimelineEvent[] = items.map((x, i) => ({ id: `e${i}`, label: `e${i}`, trigger: { kind: 'at', time: base.start + x.at * MINUTE }, chance: 1, jitter: { kind: 'fixed', value: 0 }, action: x.action }));
      const r = simulate({ ...base, timeline: tl, end: base.start + 14 * DAY }, { seed: String(seed) });
      const adoption = r.records.find((x): x is DecisionRecord => x.type === 'decision' && x.subject === `plan:${plan.id}` && x.authority === 'jpn-government' && x.outcome === 'approved');
      const moves = r.records.filter((x): x is CommandRecord => x.type === 'command' && planned.has(x.rule) && x.to === 'us-japan-combined-command');
      for (const c of moves) {
        expect(adoption && adoption.seq < c.seq, 'the Cabinet adopted the plan first').toBe(true);
        const values = variablesAt(r.theater!, parseIso(c.t)!);
        expect(values.get('situation.armed-attack'), `armed attack certified at ${c.t}`).toBe(true);
        expect(Number(values.get('phase')), `phase at ${c.t}`).toBeGreaterThanOrEqual(2);
      }
    },
  );
});

describe('explain names the procedure', () => {
  const text = (file: string) => narrate(simulate(loadScenario(file))).map((s) => s.text).join('\n');

  test("Japan: the Cabinet's certification, the defense operation order, the Diet afterwards", () => {
    const t = text('scenarios/japan/gray-zone-to-armed-attack.yaml');
    expect(t).toMatch(/by its procedure "Defense operation order by the Prime Minister, with the Diet's approval": National Security Council deliberation/);
    expect(t).toMatch(/approved armed-attack situation \(Cabinet decision on the Basic Response Plan/);
    expect(t).toMatch(/confirmed armed-attack situation afterwards \(Diet approval of the defense operation\)/);
    expect(t).not.toMatch(/approved armed-attack situation \(Diet approval/);
  });

  test('NATO: Article 5 by consensus', () => {
    const t = text('scenarios/nato/article-5-baltic.yaml');
    expect(t).toMatch(/gate "article-5" governs it\. It needs the approval of .* by consensus: any one of them can block it, and one still deliberating has not agreed/s);
    expect(t).not.toMatch(/silence/);
  });

  test("sliding, pre-agreed: the plan and the Cabinet's decision adopting it", () => {
    const t = text('scenarios/teaching/japan-sliding.yaml');
    expect(t).toMatch(/is in force, adopted beforehand by the Government of Japan and the U\.S\. President/);
    expect(t).toMatch(/the Government of Japan approved the plan .*\(Cabinet decision adopting the bilateral plan\), beforehand/s);
  });
});
