import type { RunResult } from '../../../src/engine/api.js';
import type { Condition } from '../../../src/model/condition.js';
import type { Design, TransferRule } from '../../../src/model/design.js';
import type { Force } from '../../../src/model/force.js';
import type { LogRecord, RecordBody } from '../../../src/model/records.js';
import type { ScenarioModel } from '../../../src/model/scenario.js';
import { formatIso, HOUR } from '../../../src/model/time.js';

/** A hand-built Korean crisis run, shaped like the engine's output, for narration tests. */
export const START = Date.UTC(2026, 2, 1, 0, 0);

const defconAtLeast3: Condition = { kind: 'compare', variable: 'defcon', op: 'gte', value: 3 };
const defconAtMost4: Condition = { kind: 'compare', variable: 'defcon', op: 'lte', value: 4 };
const fixed = (ms: number) => ({ kind: 'fixed', value: ms }) as const;

export const cfcRule: TransferRule = {
  id: 'cfc-wartime-opcon',
  name: 'Wartime OPCON of designated ROK forces to CFC',
  relationship: 'opcon',
  term: 'opcon',
  forces: { nations: ['ROK'], designated: true },
  from: ['rok-jcs'],
  to: 'cfc',
  when: defconAtLeast3,
  approvals: [],
  decision: 'transfer',
  mode: 'all',
  deadline: fixed(0),
  latency: { kind: 'triangular', min: 30 * 60_000, mode: 2 * HOUR, max: 6 * HOUR },
  returnWhen: defconAtMost4,
  returnLatency: fixed(2 * HOUR),
  retry: true,
  reconsider: { onEscalation: true },
  source: 'Hornung 2015 (CSIS), U.S.-ROK alliance structures; 24th SCM (1992)',
};

export function koreaDesign(overrides: Partial<Design> = {}): Design {
  return {
    id: 'us-rok-cfc-1994',
    name: 'U.S.-ROK Combined Forces Command, armistice OPCON returned (1994)',
    alliance: 'us-rok',
    summary: 'Armistice OPCON with the ROK JCS; wartime OPCON with CFC.',
    source: 'Hornung 2015 (CSIS)',
    nations: ['US', 'ROK'],
    authorities: [
      { id: 'us-president', name: 'U.S. President (National Command Authority)', nation: 'US', procedures: [{ id: 'procedure', name: 'procedure', decisions: ['any'], steps: [{ by: 'leader' as const, name: 'NSC deliberation', latency: fixed(HOUR), approve: 0.9, timing: 'before', assumption: 'A day of NSC work at most' }] }], source: 'PDD-25 (1994)' },
      { id: 'rok-president', name: 'ROK President', nation: 'ROK', procedures: [{ id: 'procedure', name: 'procedure', decisions: ['any'], steps: [{ by: 'leader' as const, name: 'NSC of Korea', latency: fixed(HOUR), approve: 0.9, timing: 'before' }] }], source: 'ROK Constitution, Art. 74' },
    ],
    headquarters: [
      { id: 'rok-jcs', name: 'ROK Joint Chiefs of Staff', kind: 'national', nation: 'ROK', commander: 'ROK', authorities: ['rok-president'], echelon: 'theater', warfighting: true, source: 'x' },
      { id: 'cfc', name: 'ROK-U.S. Combined Forces Command', kind: 'combined', commander: 'US', deputy: 'ROK', authorities: ['us-president', 'rok-president'], echelon: 'theater', warfighting: true, source: 'x' },
      { id: 'usfk', name: 'U.S. Forces Korea', kind: 'national', nation: 'US', commander: 'US', authorities: ['us-president'], echelon: 'sub-unified', warfighting: false, source: 'x' },
      { id: 'rok-army', name: 'ROK Army Headquarters', kind: 'national', nation: 'ROK', commander: 'ROK', parent: 'rok-jcs', authorities: [], echelon: 'service', warfighting: false, source: 'x' },
    ],
    bodies: [
      {
        id: 'mcm', name: 'Military Committee Meeting', members: ['rok-jcs', 'usfk'], initial: 'dormant',
        activateWhen: { kind: 'never' }, activation: fixed(HOUR), standDownWhen: { kind: 'never' }, standDown: fixed(0),
        levels: [{ name: 'plenary', when: { kind: 'always' }, seniority: 'four-star chairmen', members: ['rok-jcs', 'usfk'], latencyFactor: 0.8, assumption: 'Plenary sessions speed consultation by a fifth' }],
        source: 'Hornung 2015 (CSIS): MCM',
      },
    ],
    gates: [{ id: 'defcon-change', level: 'defcon', to: defconAtLeast3, approvals: ['us-president', 'rok-president'], decision: 'defcon', mode: 'all', deadline: fixed(0), source: 'U.S.-ROK Mutual Defense Treaty practice: both presidents approve DEFCON III' }],
    officers: [],
    support: [],
    standing: [],
    rules: [cfcRule],
    constraints: [{ nation: 'ROK', opcon: 'any', tacon: 'any', law: 'none', assumption: 'ROK law allows CFC OPCON' }],
    colocation: [],
    modifiers: [],
    meetings: [],
    plans: [],
    friction: { ratePerDay: 1, resolution: fixed(12 * HOUR), assumption: 'One divergence a day under parallel command' },
    c2: [],
    parameters: [],
    parameterReads: [],
    directorateLimits: [],
    ...overrides,
  };
}

export const FORCES: Force[] = [
  { id: 'rok-1-corps', name: 'ROK I Corps', nation: 'ROK', component: 'land', designated: true, home: 'rok-jcs', national: 'rok-jcs', adcon: 'rok-army', tags: [] },
  { id: 'rok-3-corps', name: 'ROK III Corps', nation: 'ROK', component: 'land', designated: true, home: 'rok-jcs', national: 'rok-jcs', adcon: 'rok-army', tags: [] },
  { id: 'rok-2-fleet', name: 'ROK 2nd Fleet', nation: 'ROK', component: 'maritime', designated: true, home: 'rok-jcs', national: 'rok-jcs', adcon: 'rok-jcs', tags: [] },
  { id: 'us-7-af', name: 'U.S. 7th Air Force', nation: 'US', component: 'air', designated: false, home: 'usfk', national: 'usfk', adcon: 'usfk', tags: [] },
];

export function koreaModel(design: Design = koreaDesign()): ScenarioModel {
  return {
    file: 'scenarios/korea/fixture.yaml', id: 'korea-fixture', title: 'Provocation to war on the Korean Peninsula',
    description: 'A hand-built run for tests.', design, start: START, end: START + 10 * 24 * HOUR, seed: '1', forces: FORCES,
    initial: { posture: 'armistice', defcon: 4, watchcon: 4, phase: 0, situation: 'none', facts: {} },
    timeline: [
      { id: 'yeonpyeong', label: 'North Korean artillery shells Yeonpyeong Island', trigger: { kind: 'at', time: START }, chance: 1, jitter: fixed(0), action: { kind: 'hostile-act', by: 'DPRK', against: ['ROK'], description: '', engaged: { ids: ['rok-2-fleet'] } }, source: 'Modelled on 23 Nov 2010' },
      { id: 'propose-defcon-3', label: 'The Military Committee recommends DEFCON III', trigger: { kind: 'at', time: START + 4 * HOUR }, chance: 1, jitter: fixed(0), action: { kind: 'set-level', level: 'defcon', value: 3 }, assumption: 'Four hours to convene' },
      { id: 'crisis', label: 'Seoul and Washington declare a crisis', trigger: { kind: 'at', time: START + HOUR }, chance: 1, jitter: fixed(0), action: { kind: 'set-level', level: 'posture', value: 'crisis' }, assumption: 'Declared within the hour' },
    ],
    expectations: [],
  };
}

/** Stamps bodies with seq and t (hours after START), like the engine's log. */
export function log(entries: ReadonlyArray<readonly [number, RecordBody]>): LogRecord[] {
  return entries.map(([h, body], seq) => ({ ...body, seq, t: formatIso(START + h * HOUR) }) as LogRecord);
}

/** The run: shelling, crisis, DEFCON III approved by both presidents, OPCON to CFC, then back. */
export function koreaRun(model: ScenarioModel = koreaModel(), extra: ReadonlyArray<readonly [number, RecordBody]> = []): RunResult {
  const runStart: RecordBody = {
    type: 'run-start', scenario: model.id, design: model.design.id, seed: '1', version: '0.1.0', start: formatIso(model.start), end: formatIso(model.end),
    forces: model.forces.map((f) => ({ id: f.id, name: f.name, nation: f.nation, component: f.component, opcon: f.home, tacon: null, adcon: f.adcon, national: f.national })),
    headquarters: model.design.headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null, parent: h.parent ?? null })),
  };
  const cmd = (force: string, from: string, to: string, cause: number): RecordBody => ({ type: 'command', force, relationship: 'opcon', from, to, rule: 'cfc-wartime-opcon', cause });
  const records = log([
    [0, runStart], // 0
    [0, { type: 'event', id: 'yeonpyeong', event: 'hostile-act', label: 'North Korean artillery shells Yeonpyeong Island', data: {}, source: 'Modelled on 23 Nov 2010' }], // 1
    [0, { type: 'engagement', force: 'rok-2-fleet', engaged: true, cause: 1 }], // 2
    [1, { type: 'event', id: 'crisis', event: 'posture', label: 'Seoul and Washington declare a crisis', data: {} }], // 3
    [1, { type: 'state', machine: 'theater.posture', from: 'armistice', to: 'crisis', cause: 3 }], // 4
    [4, { type: 'event', id: 'propose-defcon-3', event: 'defcon', label: 'The Military Committee recommends DEFCON III', data: {} }], // 5
    [4, { type: 'request', request: 'req-1', subject: 'defcon:3', authorities: ['us-president', 'rok-president'], mode: 'all', cause: 5 }], // 6
    [5, { type: 'decision', request: 'req-1', authority: 'us-president', subject: 'defcon:3', outcome: 'approved', step: 'NSC deliberation', cause: 6 }], // 7
    [6, { type: 'decision', request: 'req-1', authority: 'rok-president', subject: 'defcon:3', outcome: 'approved', cause: 6 }], // 8
    [6, { type: 'state', machine: 'theater.defcon', from: '4', to: '3', cause: 8 }], // 9
    [6, { type: 'state', machine: 'rule.cfc-wartime-opcon', from: 'inactive', to: 'transferring', cause: 9 }], // 10
    [8, { type: 'state', machine: 'rule.cfc-wartime-opcon', from: 'transferring', to: 'transferred', cause: 10 }], // 11
    [8, cmd('rok-1-corps', 'rok-jcs', 'cfc', 11)], // 12
    [8, cmd('rok-3-corps', 'rok-jcs', 'cfc', 11)], // 13
    [8, cmd('rok-2-fleet', 'rok-jcs', 'cfc', 11)], // 14
    [9, { type: 'coordination', body: 'mcm', from: 'dormant', to: 'active', level: 'plenary', cause: 9 }], // 15
    ...extra,
  ]);
  const end = { type: 'run-end', summary: {}, seq: records.length, t: formatIso(model.end) } as LogRecord;
  return { model, seed: '1', records: [...records, end], history: undefined, machines: [] };
}
