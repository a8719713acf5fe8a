import type { Design, Headquarters, Authority, TransferRule, Gate, DecisionStep, Procedure } from '../../src/model/design.js';
import type { ScenarioModel, TimelineEvent, Action, Trigger } from '../../src/model/scenario.js';
import type { Force } from '../../src/model/force.js';
import type { Condition } from '../../src/model/condition.js';
import { HOUR, DAY, parseIso } from '../../src/model/time.js';

/** A hand-built U.S.-ROK-like model for engine tests that must not depend on the loader. */
export const START = parseIso('2026-03-01T00:00Z')!;

export function hq(id: string, commander: string, kind: Headquarters['kind'] = 'national', parent?: string, authorities: string[] = []): Headquarters {
  return { id, name: id.toUpperCase(), kind, ...(kind === 'combined' ? {} : { nation: commander }), commander, ...(parent ? { parent } : {}), authorities, echelon: 'theater', warfighting: true, assumption: 'test' };
}

export function authority(id: string, nation: string, approve = 1, latency = 2 * HOUR): Authority {
  return { id, name: id, nation, procedures: [anyProcedure([{ name: 'decide', by: 'leader', latency: { kind: 'fixed', value: latency }, approve, timing: 'before' }])], assumption: 'test' };
}

/** One procedure deciding every kind of decision (what `procedure:` in a design file compiles to). */
export function anyProcedure(steps: DecisionStep[]): Procedure {
  return { id: 'procedure', name: 'procedure', decisions: ['any'], steps };
}

export const cmp = (variable: string, op: 'eq' | 'gte' | 'lte', value: string | number): Condition => ({ kind: 'compare', variable, op, value });

export function rule(over: Partial<TransferRule> & Pick<TransferRule, 'id' | 'to' | 'when'>): TransferRule {
  return {
    name: over.id,
    relationship: 'opcon',
    term: over.relationship ?? 'opcon',
    forces: {},
    approvals: [],
    decision: 'transfer',
    mode: 'all',
    deadline: { kind: 'fixed', value: 0 },
    latency: { kind: 'fixed', value: HOUR },
    returnWhen: { kind: 'never' },
    returnLatency: { kind: 'fixed', value: HOUR },
    retry: true,
    reconsider: { onEscalation: true },
    assumption: 'test',
    ...over,
  };
}

export function design(over: Partial<Design> = {}): Design {
  const gate: Gate = { id: 'defcon-gate', level: 'defcon', to: { kind: 'always' }, approvals: ['us', 'rok'], decision: 'defcon', mode: 'all', deadline: { kind: 'fixed', value: 0 }, assumption: 'test' };
  return {
    id: 'mini',
    name: 'Mini',
    alliance: 'test',
    summary: '',
    nations: ['US', 'ROK'],
    authorities: [authority('us', 'US'), authority('rok', 'ROK')],
    headquarters: [hq('rok-jcs', 'ROK', 'national', undefined, ['rok']), hq('usfk', 'US', 'national', undefined, ['us']), { ...hq('cfc', 'US', 'combined', undefined, ['us', 'rok']), deputy: 'ROK' }],
    officers: [],
    support: [],
    bodies: [],
    gates: [gate],
    standing: [],
    rules: [
      rule({ id: 'wartime', forces: { designated: true }, to: 'cfc', when: cmp('defcon', 'gte', 3), returnWhen: cmp('defcon', 'lte', 4) }),
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
    assumption: 'test',
    ...over,
  };
}

export function force(id: string, nation: string, designated: boolean, home: string): Force {
  return { id, name: id, nation, component: 'land', designated, home, national: home, adcon: home, tags: [] };
}

export function event(id: string, time: number, action: Action, over: Partial<TimelineEvent> = {}): TimelineEvent {
  const trigger: Trigger = { kind: 'at', time: START + time };
  return { id, label: id, trigger, chance: 1, jitter: { kind: 'fixed', value: 0 }, action, ...over };
}

export function model(over: Partial<ScenarioModel> = {}): ScenarioModel {
  return {
    file: 'mini.yaml',
    id: 'mini',
    title: 'Mini',
    description: '',
    design: design(),
    start: START,
    end: START + 10 * DAY,
    seed: '1',
    forces: [force('rok-1', 'ROK', true, 'rok-jcs'), force('rok-2', 'ROK', false, 'rok-jcs'), force('us-2id', 'US', true, 'usfk')],
    initial: { posture: 'armistice', defcon: 4, watchcon: 4, phase: 0, situation: 'none', facts: {} },
    timeline: [
      event('raise', DAY, { kind: 'set-level', level: 'defcon', value: 3 }),
      event('lower', 5 * DAY, { kind: 'set-level', level: 'defcon', value: 4 }),
    ],
    expectations: [],
    ...over,
  };
}
