import { describeCondition, variablesOf, type Condition } from '../../model/condition.js';
import type { Design } from '../../model/design.js';
import { describeDistribution } from '../../model/distribution.js';
import { LEVELS, LEVEL_NAMES, type LevelName } from '../../model/theater.js';

/** A state of a process machine, as drawn. */
export interface GraphState {
  /** The machine's own state name (what `state` records and `MachineSummary.state` say). */
  readonly id: string;
  readonly label: string;
}

/**
 * One process machine of a design drawn as a graph: renderer-neutral, so Mermaid and DOT
 * show the same states and transition labels.
 */
export interface MachineGraph {
  /** Log name, e.g. `theater.defcon`, `rule.cfc-wartime-opcon`, `body.acm`, `authority.us-president`. */
  readonly id: string;
  readonly title: string;
  readonly states: readonly GraphState[];
  readonly initial: string;
  readonly transitions: readonly { from: string; to: string; label: string }[];
}

const POSTURE_FLOW: readonly [string, string][] = [
  ['peacetime', 'crisis'],
  ['armistice', 'crisis'],
  ['crisis', 'hostilities'],
  ['crisis', 'armistice'],
  ['crisis', 'peacetime'],
  ['hostilities', 'post-conflict'],
  ['post-conflict', 'armistice'],
  ['post-conflict', 'peacetime'],
];

/** Theater levels a design reads or gates (posture always), in the canonical order. */
function levelsUsed(design: Design): LevelName[] {
  const vars = new Set<string>(['posture']);
  const conditions: Condition[] = [
    ...design.rules.flatMap((r) => [r.when, r.returnWhen]),
    ...design.bodies.flatMap((b) => [b.activateWhen, b.standDownWhen, ...b.levels.map((l) => l.when)]),
    ...design.modifiers.map((m) => m.when),
  ];
  for (const c of conditions) variablesOf(c, vars);
  for (const g of design.gates) vars.add(g.level);
  return LEVEL_NAMES.filter((l) => vars.has(l));
}

function levelGraph(design: Design, level: LevelName, initial: string): MachineGraph {
  const spec = LEVELS[level];
  const states = spec.values.map((v) => ({ id: String(v), label: spec.label(v) }));
  const gates = design.gates.filter((g) => g.level === level);
  const gateNote = gates.length ? ` (${gates.map((g) => `${g.mode === 'silence' ? 'silence' : 'approval'}: ${g.approvals.join(' + ')}`).join('; ')})` : '';
  const transitions = spec.ordered
    ? spec.values.slice(1).flatMap((v, i) => [
        { from: String(spec.values[i]), to: String(v), label: `raise${gateNote}` },
        { from: String(v), to: String(spec.values[i]), label: 'lower' },
      ])
    : POSTURE_FLOW.map(([from, to]) => ({ from, to, label: 'event' }));
  return { id: `theater.${level}`, title: `Theater: ${level}`, states, initial, transitions };
}

/**
 * Every process machine of a design: the theater levels it uses, each rule's handover
 * lifecycle, each coordination body's lifecycle (one state per level when it flexes), and each
 * authority's decision procedure. `initialLevels` gives the theater's starting values when a
 * scenario is known.
 */
export function machineGraphs(design: Design, initialLevels: Partial<Record<LevelName, string>> = {}): MachineGraph[] {
  const graphs: MachineGraph[] = [];
  for (const level of levelsUsed(design)) graphs.push(levelGraph(design, level, initialLevels[level] ?? String(LEVELS[level].values[level === 'posture' ? 1 : 0])));
  for (const r of design.rules) {
    const when = describeCondition(r.when);
    const t: { from: string; to: string; label: string }[] = [];
    if (r.approvals.length) {
      t.push({ from: 'inactive', to: 'awaiting-approval', label: `when ${when}` });
      t.push({ from: 'awaiting-approval', to: 'transferring', label: `approved by ${r.approvals.join(r.mode === 'silence' ? ', silence' : ' + ')}` });
      t.push({ from: 'awaiting-approval', to: 'refused', label: 'refused' });
      if (r.retry) t.push({ from: 'refused', to: 'awaiting-approval', label: `retry when ${when}` });
    } else t.push({ from: 'inactive', to: 'transferring', label: `when ${when} (pre-agreed)` });
    t.push({ from: 'transferring', to: 'transferred', label: `after ${describeDistribution(r.latency)}: ${r.relationship.toUpperCase()} to ${r.to}` });
    if (r.returnWhen.kind !== 'never') {
      t.push({ from: 'transferred', to: 'returning', label: `when ${describeCondition(r.returnWhen)}` });
      t.push({ from: 'returning', to: 'inactive', label: `after ${describeDistribution(r.returnLatency)}` });
    }
    const used = new Set(t.flatMap((x) => [x.from, x.to]));
    const states = ['inactive', 'awaiting-approval', 'refused', 'transferring', 'transferred', 'returning'].filter((s) => used.has(s)).map((s) => ({ id: s, label: s }));
    graphs.push({ id: `rule.${r.id}`, title: `Rule ${r.id}: ${r.name}`, states, initial: 'inactive', transitions: t });
  }
  for (const b of design.bodies) {
    const levels = b.levels.length ? b.levels : [{ name: 'active', when: { kind: 'always' } as Condition, seniority: '' }];
    const levelState = (name: string) => (levels.length === 1 ? 'active' : `active:${name}`);
    const states = [
      { id: 'dormant', label: 'dormant' },
      { id: 'activating', label: 'activating' },
      ...levels.map((l) => ({ id: levelState(l.name), label: levels.length === 1 ? 'active' : `active: ${l.name}${l.seniority ? ` (${l.seniority})` : ''}` })),
      { id: 'standing-down', label: 'standing-down' },
    ];
    const first = levelState(levels[0]!.name);
    const t = [
      { from: 'dormant', to: 'activating', label: b.activateWhen.kind === 'never' ? 'activate (event)' : `when ${describeCondition(b.activateWhen)}` },
      { from: 'activating', to: first, label: `after ${describeDistribution(b.activation)}` },
      ...levels.slice(1).map((l, i) => ({ from: levelState(levels[i]!.name), to: levelState(l.name), label: `flex when ${describeCondition(l.when)}` })),
      ...levels.map((l) => ({ from: levelState(l.name), to: 'standing-down', label: b.standDownWhen.kind === 'never' ? 'stand down (event)' : `when ${describeCondition(b.standDownWhen)}` })),
      { from: 'standing-down', to: 'dormant', label: `after ${describeDistribution(b.standDown)}` },
    ];
    graphs.push({ id: `body.${b.id}`, title: `Body ${b.id}: ${b.name}`, states, initial: b.initial === 'active' ? first : 'dormant', transitions: t });
  }
  for (const a of design.authorities) {
    for (const p of a.procedures) {
      const steps = p.steps.map((s, i) => ({ id: `step-${i + 1}`, label: `${s.name}${s.timing === 'after' ? ' (after the fact)' : ''}` }));
      const states = [{ id: 'idle', label: 'idle' }, ...steps, { id: 'approved', label: 'approved' }, { id: 'refused', label: 'refused' }];
      const t: { from: string; to: string; label: string }[] = [];
      let prev = 'idle';
      p.steps.forEach((s, i) => {
        t.push({ from: prev, to: steps[i]!.id, label: i === 0 ? 'request' : 'approved' });
        t.push({ from: steps[i]!.id, to: 'refused', label: `refuse (p ${round(1 - s.approve)})` });
        prev = steps[i]!.id;
      });
      const last = p.steps[p.steps.length - 1];
      t.push({ from: prev, to: 'approved', label: last ? `after ${describeDistribution(last.latency)}, p ${round(last.approve)}` : 'request' });
      // One graph per procedure: an authority decides each kind of decision its own way.
      const only = a.procedures.length === 1;
      graphs.push({ id: only ? `authority.${a.id}` : `authority.${a.id}.${p.id}`, title: `Authority ${a.id}: ${a.name}${only ? '' : ` (${p.name})`}`, states, initial: 'idle', transitions: t });
    }
  }
  return graphs;
}

function round(p: number): string {
  return String(Math.round(p * 100) / 100);
}
