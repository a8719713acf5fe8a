import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { checkExpectations } from '../../../src/engine/checkExpectations.js';
import type { LogRecord, CommandRecord } from '../../../src/model/records.js';
import { DAY, HOUR, parseRecordTime } from '../../../src/model/time.js';
import { model, design, event, rule, cmp, authority, anyProcedure, hq, START } from '../../helpers/miniModel.js';

const commands = (records: readonly LogRecord[]) => records.filter((r): r is CommandRecord => r.type === 'command');
const ofType = (records: readonly LogRecord[], type: LogRecord['type']) => records.filter((r) => r.type === type);

describe('simulate', () => {
  it('passes designated forces to CFC on an approved DEFCON III and returns them at DEFCON IV', () => {
    const r = simulate(model());
    const cmds = commands(r.records);
    expect(cmds.map((c) => `${c.t} ${c.force} ${c.from}->${c.to}`)).toEqual([
      '2026-03-02T03:00:00Z rok-1 rok-jcs->cfc',
      '2026-03-02T03:00:00Z us-2id usfk->cfc',
      '2026-03-06T03:00:00Z rok-1 cfc->rok-jcs',
      '2026-03-06T03:00:00Z us-2id cfc->usfk',
    ]);
    // Undesignated rok-2 never moves; the history answers for any instant.
    expect(r.history!.at(START + 3 * DAY).map((c) => c.opcon)).toEqual(['cfc', 'rok-jcs', 'cfc']);
    expect(r.history!.at(START + 9 * DAY).map((c) => c.opcon)).toEqual(['rok-jcs', 'rok-jcs', 'usfk']);
  });

  it('lets either president block DEFCON III, so nothing transfers', () => {
    const m = model({ timeline: [event('stance', 0, { kind: 'stance', authority: 'rok', subject: 'defcon:*', approve: 0 }), ...model().timeline] });
    const r = simulate(m);
    expect(commands(r.records)).toEqual([]);
    const decisions = ofType(r.records, 'decision') as Extract<LogRecord, { type: 'decision' }>[];
    expect(decisions.some((d) => d.authority === 'rok' && d.outcome === 'refused')).toBe(true);
    expect(r.records.at(-1)).toMatchObject({ type: 'run-end', summary: { defcon: 4 } });
  });

  it('asks a rule its own approvals and retries after a refusal when the condition comes back', () => {
    const d = design({
      gates: [],
      authorities: [authority('us', 'US', 0.5), authority('rok', 'ROK', 0.5)],
      rules: [rule({ id: 'adhoc', forces: { designated: true }, to: 'cfc', when: cmp('phase', 'gte', 2), approvals: ['us', 'rok'], returnWhen: cmp('phase', 'lte', 1) })],
    });
    const timeline = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      event(`up${i}`, (1 + 2 * i) * HOUR * 10, { kind: 'set-level', level: 'phase', value: 2 }),
      event(`down${i}`, (2 + 2 * i) * HOUR * 10, { kind: 'set-level', level: 'phase', value: 1 }),
    ]);
    const seeds = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const outcomes = seeds.map((seed) => {
      const r = simulate(model({ design: d, timeline }), { seed });
      return (ofType(r.records, 'request') as unknown[]).length;
    });
    // With p=0.5 each, some seeds are refused and ask again on the next rising edge.
    expect(Math.max(...outcomes)).toBeGreaterThan(1);
  });

  it('records a constraint violation when a nation may not grant OPCON to a foreign commander', () => {
    const d = design({ constraints: [{ nation: 'ROK', opcon: [], tacon: [], law: 'Test Act', assumption: 'test' }] });
    const r = simulate(model({ design: d }));
    const violations = ofType(r.records, 'constraint');
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ force: 'rok-1', nation: 'ROK', holder: 'cfc', commander: 'US', law: 'Test Act' });
    // The design still runs the transfer so the analyst sees its cost.
    expect(commands(r.records)[0]).toMatchObject({ force: 'rok-1', to: 'cfc' });
  });

  it('runs the NATO silence procedure: silence passes at the deadline; an objection stops it', () => {
    const nac = design({
      authorities: [authority('us', 'US', 1, 30 * HOUR), authority('rok', 'ROK', 1, 30 * HOUR)],
      gates: [{ id: 'nac', level: 'posture', to: { kind: 'always' }, approvals: ['us', 'rok'], mode: 'silence', deadline: { kind: 'fixed', value: 24 * HOUR }, assumption: 'test' }],
      rules: [],
    });
    const timeline = [event('propose', 0, { kind: 'set-level', level: 'posture', value: 'crisis' })];
    const silent = simulate(model({ design: nac, timeline }));
    expect(silent.records.find((r) => r.type === 'state' && r.machine === 'theater.posture')).toMatchObject({ t: '2026-03-02T00:00:00Z', to: 'crisis' });
    const objecting = design({ ...nac, authorities: [authority('us', 'US', 1, 30 * HOUR), authority('rok', 'ROK', 0, 3 * HOUR)] });
    const broken = simulate(model({ design: objecting, timeline }));
    expect(broken.records.find((r) => r.type === 'state' && r.machine === 'theater.posture')).toBeUndefined();
  });

  it('revokes an emergency decision when the after-the-fact step refuses', () => {
    const jpn = authority('jpn', 'JPN');
    const cabinetThenDiet = { ...jpn, procedures: [anyProcedure([jpn.procedures[0]!.steps[0]!, { name: 'Diet approval', by: 'parliament', latency: { kind: 'fixed' as const, value: 48 * HOUR }, approve: 0, timing: 'after' as const }])] };
    const d = design({ authorities: [cabinetThenDiet], gates: [{ id: 'g', level: 'situation', to: { kind: 'always' }, approvals: ['jpn'], mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 'test' }], rules: [] });
    const r = simulate(model({ design: d, timeline: [event('determine', 0, { kind: 'set-level', level: 'situation', value: 'armed-attack' })] }));
    const changes = r.records.filter((x) => x.type === 'state' && x.machine === 'theater.situation').map((x) => `${x.t} ${(x as { to: string }).to}`);
    expect(changes).toEqual(['2026-03-01T02:00:00Z armed-attack', '2026-03-03T02:00:00Z none']);
    expect(ofType(r.records, 'decision').map((x) => (x as { outcome: string }).outcome)).toEqual(['approved', 'revoked']);
  });

  it('activates a dormant body on its condition and flexes its level', () => {
    const d = design({
      bodies: [
        {
          id: 'bcm',
          name: 'BCM',
          members: ['rok-jcs', 'usfk'],
          initial: 'dormant',
          activateWhen: cmp('defcon', 'gte', 3),
          activation: { kind: 'fixed', value: 6 * HOUR },
          standDownWhen: { kind: 'never' },
          standDown: { kind: 'fixed', value: 0 },
          levels: [
            { name: 'senior', when: cmp('posture', 'eq', 'hostilities'), seniority: 'flag', members: [], latencyFactor: 0.5, assumption: 't' },
            { name: 'working', when: { kind: 'always' }, seniority: 'O-6', members: [], latencyFactor: 1, assumption: 't' },
          ],
          assumption: 'test',
        },
      ],
    });
    const timeline = [...model().timeline.slice(0, 1), event('war', 3 * DAY, { kind: 'set-level', level: 'posture', value: 'hostilities' })];
    const r = simulate(model({ design: d, timeline }));
    expect(ofType(r.records, 'coordination').map((c) => `${c.t} ${(c as { to: string }).to} ${(c as { level: string | null }).level}`)).toEqual([
      '2026-03-02T02:00:00Z activating null',
      '2026-03-02T08:00:00Z active working',
      '2026-03-04T00:00:00Z active senior',
    ]);
  });

  it('keeps a body no condition moves without a machine, and starts one when an event stands it down', () => {
    const d = design({
      bodies: [
        {
          id: 'mcm',
          name: 'MCM',
          members: ['rok-jcs', 'usfk'],
          initial: 'active',
          activateWhen: { kind: 'never' },
          activation: { kind: 'fixed', value: 0 },
          standDownWhen: { kind: 'never' },
          standDown: { kind: 'fixed', value: 2 * HOUR },
          levels: [{ name: 'active', when: { kind: 'always' }, seniority: '', members: ['rok-jcs', 'usfk'], latencyFactor: 1, assumption: 't' }],
          assumption: 'test',
        },
      ],
    });
    const quiet = simulate(model({ design: d }));
    expect(quiet.machines.some((m) => m.id === 'body.mcm')).toBe(false);
    const start = quiet.records[0] as { bodies?: { id: string; initial: string; level?: string | null }[] };
    expect(start.bodies).toEqual([expect.objectContaining({ id: 'mcm', initial: 'active', level: 'active' })]);
    expect(ofType(quiet.records, 'coordination')).toEqual([]);
    const timeline = [...model().timeline, event('stand-down', DAY, { kind: 'body', body: 'mcm', command: 'stand-down' })];
    const moved = simulate(model({ design: d, timeline }));
    expect(ofType(moved.records, 'coordination').map((c) => `${(parseRecordTime(c.t) - START) / HOUR}h ${(c as { to: string }).to}`)).toEqual(['24h standing-down', '26h dormant']);
  });

  it('fires conditional and chained events, honours chance, and checks expectations', () => {
    const timeline = [
      ...model().timeline,
      event('after-raise', 0, { kind: 'set-fact', name: 'x', value: true }, { trigger: { kind: 'when', condition: cmp('rule.wartime', 'eq', 'transferred'), delay: { kind: 'fixed', value: HOUR } } }),
      event('never', DAY, { kind: 'set-fact', name: 'y', value: true }, { chance: 0 }),
      event('chained', 0, { kind: 'set-fact', name: 'z', value: 1 }, { trigger: { kind: 'after', event: 'after-raise', delay: { kind: 'fixed', value: HOUR } } }),
    ];
    const r = simulate(model({
      timeline,
      expectations: [
        { id: 'e1', description: 'rok-1 under CFC on day 3', from: START + 3 * DAY, to: START + 3 * DAY, check: { kind: 'holder', forces: { ids: ['rok-1'] }, relationship: 'opcon', holder: 'cfc' } },
        { id: 'e2', description: 'rok-2 never moves', from: START, to: 'end', check: { kind: 'holder', forces: { ids: ['rok-2'] }, relationship: 'opcon', holder: 'rok-jcs' } },
        { id: 'e3', description: 'rok-1 stays national throughout (false)', from: START, to: 'end', check: { kind: 'holder', forces: { ids: ['rok-1'] }, relationship: 'opcon', holder: 'rok-jcs' } },
        { id: 'e4', description: 'DEFCON IV at the end', from: 'end', to: 'end', check: { kind: 'theater', condition: cmp('defcon', 'eq', 4) } },
      ],
    }));
    const events = ofType(r.records, 'event').map((e) => `${e.t} ${(e as { id: string }).id}`);
    expect(events).toEqual(['2026-03-02T00:00:00Z raise', '2026-03-02T04:00:00Z after-raise', '2026-03-02T05:00:00Z chained', '2026-03-06T00:00:00Z lower']);
    expect(checkExpectations(r).map((x) => x.ok)).toEqual([true, true, false, true]);
    expect(checkExpectations(r)[2]!.detail).toBe('at T+1d3h: OPCON of rok-1 is held by cfc, expected rok-jcs');
  });

  it('starts standing assignments before t0 without records', () => {
    const d = design({ standing: [{ id: 'armistice-opcon', forces: { nations: ['ROK'] }, relationship: 'opcon', term: 'opcon', holder: 'cfc', assumption: 't' }] });
    const r = simulate(model({ design: d, timeline: [] }));
    expect(commands(r.records)).toEqual([]);
    expect(r.history!.at(START).map((c) => c.opcon)).toEqual(['cfc', 'cfc', 'usfk']);
    expect(r.records[0]).toMatchObject({ type: 'run-start' });
    void hq;
  });
});

describe('stale approvals', () => {
  it('drops a slow approval when a faster one already moved the level', () => {
    const slow = authority('us', 'US', 1, 10 * HOUR);
    const d = design({ authorities: [slow, authority('rok', 'ROK', 1, 1 * HOUR)], gates: [
      { id: 'slow', level: 'defcon', to: cmp('defcon', 'eq', 3), approvals: ['us'], decision: 'defcon', mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 't' },
      { id: 'fast', level: 'defcon', to: cmp('defcon', 'eq', 2), approvals: ['rok'], decision: 'defcon', mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 't' },
    ], rules: [] });
    const r = simulate(model({ design: d, timeline: [
      event('three', 0, { kind: 'set-level', level: 'defcon', value: 3 }),
      event('two', HOUR, { kind: 'set-level', level: 'defcon', value: 2 }),
    ] }));
    const changes = r.records.filter((x) => x.type === 'state' && x.machine === 'theater.defcon').map((x) => (x as { to: string }).to);
    expect(changes).toEqual(['2']);
  });

  it("keeps a slow certification of Japan's beside a faster one: situations are separate certifications", () => {
    const slow = authority('us', 'US', 1, 10 * HOUR);
    const d = design({ authorities: [slow, authority('rok', 'ROK', 1, 1 * HOUR)], gates: [
      { id: 'slow', level: 'situation', to: cmp('situation', 'eq', 'important-influence'), approvals: ['us'], decision: 'situation', mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 't' },
      { id: 'fast', level: 'situation', to: cmp('situation', 'eq', 'survival-threatening'), approvals: ['rok'], decision: 'situation', mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 't' },
    ], rules: [] });
    const r = simulate(model({ design: d, timeline: [
      event('ii', 0, { kind: 'set-level', level: 'situation', value: 'important-influence' }),
      event('st', HOUR, { kind: 'set-level', level: 'situation', value: 'survival-threatening' }),
      event('end', 20 * HOUR, { kind: 'set-level', level: 'situation', value: 'none' }),
    ] }));
    const changes = r.records.filter((x) => x.type === 'state' && x.machine === 'theater.situation').map((x) => (x as { to: string }).to);
    expect(changes).toEqual(['survival-threatening', 'important-influence+survival-threatening', 'none']);
  });
});

describe('records expectations', () => {
  it('counts records of a type with matching fields in a window', () => {
    const d = design({ constraints: [{ nation: 'ROK', opcon: [], tacon: [], law: 'Test Act', assumption: 'test' }] });
    const count = (min: number, max: number, from: number | 'end', where: Record<string, string> = {}) => ({ id: `c${min}`, description: 'count', from, to: 'end' as const, check: { kind: 'records' as const, type: 'constraint', where, min, max } });
    const r = simulate(model({ design: d, expectations: [count(1, 1, START), count(0, 0, START + 2 * DAY), count(1, 1, START, { force: 'rok-1' }), count(0, 0, START, { force: 'rok-2' }), count(2, 5, START)] }));
    expect(checkExpectations(r).map((x) => x.ok)).toEqual([true, true, true, true, false]);
    expect(checkExpectations(r)[4]!.detail).toBe('found 1 constraint record(s) from T+0m to T+10d, expected 2 to 5');
  });
});

describe('decisions that settle at once', () => {
  it('applies a level behind a gate that asks nobody', () => {
    const d = design({ gates: [{ id: 'none', level: 'defcon', to: { kind: 'always' }, approvals: [], mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 't' }] });
    const r = simulate(model({ design: d }));
    expect(r.records.find((x) => x.type === 'state' && x.machine === 'theater.defcon')).toMatchObject({ t: '2026-03-02T00:00:00Z', to: '3' });
  });

  it('lets an authority whose only step ratifies afterwards approve at once, then revoke', () => {
    const jpn = authority('jpn', 'JPN');
    const dietOnly = { ...jpn, procedures: [anyProcedure([{ name: 'Diet approval', by: 'parliament', latency: { kind: 'fixed' as const, value: 48 * HOUR }, approve: 0, timing: 'after' as const }])] };
    const d = design({ authorities: [dietOnly], gates: [{ id: 'g', level: 'situation', to: { kind: 'always' }, approvals: ['jpn'], mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 'test' }], rules: [] });
    const r = simulate(model({ design: d, timeline: [event('determine', 0, { kind: 'set-level', level: 'situation', value: 'armed-attack' })] }));
    const changes = r.records.filter((x) => x.type === 'state' && x.machine === 'theater.situation').map((x) => `${x.t} ${(x as { to: string }).to}`);
    expect(changes).toEqual(['2026-03-01T00:00:00Z armed-attack', '2026-03-03T00:00:00Z none']);
  });
});

describe('stale rule approvals', () => {
  it('ignores the answer to a request the rule dropped when its condition lapsed', () => {
    // Approval takes 10h; the condition lapses after 1h and comes back after 2h, asking again.
    const d = design({
      gates: [],
      authorities: [authority('us', 'US', 1, 10 * HOUR), authority('rok', 'ROK', 1, 10 * HOUR)],
      rules: [rule({ id: 'adhoc', forces: { designated: true }, to: 'cfc', when: cmp('phase', 'gte', 2), approvals: ['us', 'rok'], latency: { kind: 'fixed', value: 0 } })],
    });
    const timeline = [
      event('up', 0, { kind: 'set-level', level: 'phase', value: 2 }),
      event('down', HOUR, { kind: 'set-level', level: 'phase', value: 1 }),
      event('up-again', 2 * HOUR, { kind: 'set-level', level: 'phase', value: 2 }),
    ];
    const r = simulate(model({ design: d, timeline }));
    // The first request's approval (T+10h) must not transfer; the second's (T+12h) does.
    expect(commands(r.records).map((c) => c.t)).toEqual(['2026-03-01T12:00:00Z', '2026-03-01T12:00:00Z']);
  });
});

describe('returns after a chain of rules', () => {
  const chain = (aReturnsFirst: boolean) =>
    design({
      gates: [],
      headquarters: [...design().headquarters, hq('unc', 'US', 'combined', undefined, ['us'])],
      rules: [
        rule({ id: 'a', forces: { ids: ['rok-1'] }, to: 'unc', when: cmp('phase', 'gte', 1), returnWhen: cmp(aReturnsFirst ? 'phase' : 'defcon', 'gte', aReturnsFirst ? 2 : 1), latency: { kind: 'fixed', value: 0 }, returnLatency: { kind: 'fixed', value: 60_000 } }),
        rule({ id: 'b', forces: { ids: ['rok-1'] }, to: 'cfc', when: cmp('phase', 'gte', 2), returnWhen: cmp('phase', 'gte', 3), latency: { kind: 'fixed', value: 0 }, returnLatency: { kind: 'fixed', value: 0 } }),
      ],
    });
  const timeline = [1, 2, 3].map((p, i) => event(`p${p}`, (i + 1) * HOUR, { kind: 'set-level', level: 'phase', value: p }));

  it('goes home when the rule it was taken from has let go meanwhile', () => {
    const r = simulate(model({ design: chain(true), timeline }));
    expect(commands(r.records).map((c) => `${c.rule} ${c.from}->${c.to}`)).toEqual(['a rok-jcs->unc', 'b unc->cfc', 'b cfc->rok-jcs']);
  });

  it('goes back to the previous holder while that rule still holds', () => {
    const r = simulate(model({ design: chain(false), timeline }));
    expect(commands(r.records).map((c) => `${c.rule} ${c.from}->${c.to}`)).toEqual(['a rok-jcs->unc', 'b unc->cfc', 'b cfc->unc']);
  });
});
