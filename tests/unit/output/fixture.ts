import type { RunResult } from '../../../src/engine/api.js';
import { CommandHistory, initialTable, assign } from '../../../src/model/commandTable.js';
import type { Design, Headquarters } from '../../../src/model/design.js';
import type { Force } from '../../../src/model/force.js';
import type { LogRecord } from '../../../src/model/records.js';
import type { ScenarioModel } from '../../../src/model/scenario.js';
import { HOUR, MINUTE, parseIso, formatIso } from '../../../src/model/time.js';

/**
 * A hand-made run for testing sinks without the engine: two ROK corps pass from ROK JCS to CFC
 * OPCON at DEFCON III (T+6h12m) and return at T+2d; a U.S. division stays under USFK.
 * `hostile` puts markup in scenario strings to test escaping.
 */
export const START = parseIso('2026-03-01T00:00Z')!;
export const TRANSFER = START + 6 * HOUR + 12 * MINUTE;
export const RETURN = START + 48 * HOUR;
export const END = START + 72 * HOUR;

const never = { kind: 'never' } as const;
const fixed = (ms: number) => ({ kind: 'fixed', value: ms }) as const;

function hq(id: string, name: string, kind: Headquarters['kind'], commander: string, extra: Partial<Headquarters> = {}): Headquarters {
  return { id, name, kind, commander, authorities: [], echelon: 'theater', warfighting: true, source: 'fixture', ...extra };
}

export function fixtureDesign(): Design {
  return {
    id: 'test-cfc',
    name: 'Test CFC design',
    alliance: 'us-rok',
    summary: 'fixture',
    nations: ['US', 'ROK'],
    authorities: [
      { id: 'us-president', name: 'U.S. President', nation: 'US', procedures: [{ id: 'procedure', name: 'procedure', decisions: ['any'], steps: [{ by: 'leader' as const, name: 'presidential decision', latency: fixed(HOUR), approve: 0.9, timing: 'before' }] }], source: 'PDD-25' },
      { id: 'rok-president', name: 'ROK President', nation: 'ROK', procedures: [{ id: 'procedure', name: 'procedure', decisions: ['any'], steps: [{ by: 'leader' as const, name: 'presidential decision', latency: fixed(HOUR), approve: 0.9, timing: 'before' }] }], source: 'ROK constitution' },
    ],
    headquarters: [
      hq('us-rok-mcm', 'U.S.-ROK Military Committee', 'political', 'US', { deputy: 'ROK', authorities: ['us-president', 'rok-president'] }),
      hq('cfc', 'Combined Forces Command', 'combined', 'US', { deputy: 'ROK', parent: 'us-rok-mcm' }),
      hq('rok-jcs', 'ROK Joint Chiefs of Staff', 'national', 'ROK', { nation: 'ROK', authorities: ['rok-president'] }),
      hq('indopacom', 'U.S. Indo-Pacific Command', 'national', 'US', { nation: 'US', authorities: ['us-president'] }),
      hq('usfk', 'U.S. Forces Korea', 'national', 'US', { nation: 'US', parent: 'indopacom', warfighting: false }),
    ],
    bodies: [
      { id: 'mcm-body', name: 'Military Committee Meeting', members: ['rok-jcs', 'usfk'], initial: 'dormant', activateWhen: never, activation: fixed(0), standDownWhen: never, standDown: fixed(0), levels: [{ name: 'working', when: { kind: 'always' }, seniority: 'O-6', members: ['rok-jcs', 'usfk'], latencyFactor: 1, assumption: 'x' }], source: 'fixture' },
    ],
    gates: [{ id: 'defcon-change', level: 'defcon', to: { kind: 'compare', variable: 'defcon', op: 'gte', value: 3 }, approvals: ['us-president', 'rok-president'], decision: 'defcon', mode: 'all', deadline: fixed(0), source: 'SCM' }],
    officers: [],
    support: [],
    standing: [],
    rules: [
      {
        id: 'cfc-wartime-opcon',
        name: 'Wartime OPCON to CFC',
        relationship: 'opcon',
        term: 'opcon',
        forces: { nations: ['ROK'], designated: true },
        from: ['rok-jcs'],
        to: 'cfc',
        when: { kind: 'compare', variable: 'defcon', op: 'gte', value: 3 },
        approvals: [],
        decision: 'transfer',
        mode: 'all',
        deadline: fixed(0),
        latency: fixed(2 * HOUR),
        returnWhen: { kind: 'compare', variable: 'defcon', op: 'lte', value: 4 },
        returnLatency: fixed(2 * HOUR),
        retry: true,
        reconsider: { onEscalation: true },
        source: 'Hornung 2015, p. 9',
      },
    ],
    constraints: [],
    colocation: [],
    modifiers: [],
    meetings: [],
    plans: [],
    c2: [],
    parameters: [],
    parameterReads: [],
    directorateLimits: [],
  };
}

export function fixtureForces(): Force[] {
  const f = (id: string, name: string, nation: string, home: string, designated: boolean): Force => ({ id, name, nation, component: 'land', designated, home, national: home, adcon: home, tags: [] });
  return [f('rok-1-corps', 'ROK I Corps', 'ROK', 'rok-jcs', true), f('rok-3-corps', 'ROK III Corps', 'ROK', 'rok-jcs', true), f('us-2id', 'U.S. 2nd Infantry Division', 'US', 'usfk', false)];
}

export function fixtureModel(hostile = false): ScenarioModel {
  return {
    file: 'scenarios/test/fixture.yaml',
    id: 'fixture-escalation',
    title: hostile ? 'Escalation <script>alert(1)</script> & "quotes" | pipes' : 'Fixture escalation',
    description: 'fixture',
    design: fixtureDesign(),
    start: START,
    end: END,
    seed: '7',
    forces: fixtureForces(),
    initial: { posture: 'armistice', defcon: 4, watchcon: 4, phase: 0, situation: 'none', facts: {} },
    timeline: [],
    expectations: [],
  };
}

/** Records of the fixture run, numbered in order. */
export function fixtureRecords(hostile = false): LogRecord[] {
  const iso = (t: number) => formatIso(t);
  const forces = fixtureForces().map((f) => ({ id: f.id, name: f.name, nation: f.nation, component: f.component, opcon: f.home, tacon: null, adcon: f.adcon, national: f.national }));
  const bodies: Omit<LogRecord, 'seq'>[] = [
    { t: iso(START), type: 'run-start', scenario: 'fixture-escalation', design: 'test-cfc', seed: '7', version: '0.1.0', start: iso(START), end: iso(END), forces, headquarters: fixtureDesign().headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null, parent: h.parent ?? null })) },
    { t: iso(START + 4 * HOUR), type: 'event', id: 'nll-clash', event: 'hostile-act', label: hostile ? '<img src=x onerror=alert(1)> patrol boats | cross' : 'Patrol boats cross the NLL', data: {}, source: 'assumption' },
    { t: iso(START + 4 * HOUR), type: 'request', request: 'defcon-change', subject: 'defcon:3', authorities: ['us-president', 'rok-president'], mode: 'all', cause: 1 },
    { t: iso(START + 4 * HOUR + 12 * MINUTE), type: 'decision', request: 'defcon-change', authority: 'rok-president', subject: 'defcon:3', outcome: 'approved', cause: 2 },
    { t: iso(START + 5 * HOUR), type: 'decision', request: 'defcon-change', authority: 'us-president', subject: 'defcon:3', outcome: 'approved', step: 'presidential decision', cause: 2 },
    { t: iso(START + 5 * HOUR), type: 'state', machine: 'theater.defcon', from: '4', to: '3', cause: 4 },
    { t: iso(START + 5 * HOUR), type: 'state', machine: 'rule.cfc-wartime-opcon', from: 'inactive', to: 'transferring', cause: 5 },
    { t: iso(START + 5 * HOUR), type: 'coordination', body: 'mcm-body', from: 'dormant', to: 'active', level: 'working', cause: 5 },
    { t: iso(TRANSFER), type: 'state', machine: 'rule.cfc-wartime-opcon', from: 'transferring', to: 'transferred' },
    { t: iso(TRANSFER), type: 'command', force: 'rok-1-corps', relationship: 'opcon', from: 'rok-jcs', to: 'cfc', rule: 'cfc-wartime-opcon', cause: 8 },
    { t: iso(TRANSFER), type: 'command', force: 'rok-3-corps', relationship: 'opcon', from: 'rok-jcs', to: 'cfc', rule: 'cfc-wartime-opcon', cause: 8 },
    { t: iso(START + 46 * HOUR), type: 'state', machine: 'theater.defcon', from: '3', to: '4' },
    { t: iso(RETURN), type: 'command', force: 'rok-1-corps', relationship: 'opcon', from: 'cfc', to: 'rok-jcs', rule: 'cfc-wartime-opcon', cause: 11 },
    { t: iso(RETURN), type: 'command', force: 'rok-3-corps', relationship: 'opcon', from: 'cfc', to: 'rok-jcs', rule: 'cfc-wartime-opcon', cause: 11 },
    { t: iso(END), type: 'run-end', summary: { 'transfers': 2, 'decision-latency-h': 6.2 } },
  ] as Omit<LogRecord, 'seq'>[];
  return bodies.map((b, seq) => ({ ...b, seq }) as LogRecord);
}

/** The fixture run; `history` false leaves it out so sinks must replay records. */
export function fixtureResult(options: { history?: boolean; hostile?: boolean } = {}): RunResult {
  const model = fixtureModel(options.hostile);
  const records = fixtureRecords(options.hostile);
  let history: CommandHistory | undefined;
  if (options.history !== false) {
    history = new CommandHistory(initialTable(model.forces), START);
    let table = history.current;
    for (const r of records) {
      if (r.type !== 'command') continue;
      table = assign(table, model.forces.findIndex((f) => f.id === r.force), r.relationship, r.to, r.rule);
      history.push(parseIso(r.t)!, r.seq, table);
    }
  }
  return { model, seed: '7', records, history, machines: [{ id: 'theater.defcon', kind: 'level', state: '4' }, { id: 'rule.cfc-wartime-opcon', kind: 'handover', state: 'inactive' }, { id: 'body.mcm-body', kind: 'body', state: 'active' }] };
}
