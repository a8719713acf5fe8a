import type { RunResult } from '../engine/api.js';
import { TERM_LABEL, type CommandTerm, type Provenance } from '../model/design.js';
import type { ForceId, HqId } from '../model/force.js';
import type { CommandRecord, EngagementRecord, LogRecord } from '../model/records.js';
import { LEVELS, type LevelName } from '../model/theater.js';
import type { SimTime } from '../model/time.js';
import { recordTime, runFacts, type RunFacts } from './runFacts.js';

/** Kinds of timeline lines; `run-start` and `run-end` become the header and summary instead. */
export type TimelineKind = 'event' | 'request' | 'decision' | 'state' | 'command' | 'support' | 'coordination' | 'constraint' | 'friction' | 'engagement';

/**
 * One line of a run's story: one record, or a rule's many force changes of one instant grouped
 * so a transfer of twenty divisions reads as one line listing them.
 */
export interface TimelineEntry {
  /** The first and last record of the line (equal unless grouped). */
  readonly firstSeq: number;
  readonly seq: number;
  readonly t: SimTime;
  readonly kind: TimelineKind;
  readonly text: string;
  /** The rule behind a command change, with its provenance (a citation or an assumption). */
  readonly rule?: string;
  readonly source?: string;
  readonly forces?: readonly ForceId[];
}

/** The run's records as timeline lines (the text sink, the Markdown report and the viewer), in simulation order. The teaching narration of `opcon explain` is `src/narrate/`. */
export function timelineEntries(result: RunResult, facts: RunFacts = runFacts(result)): TimelineEntry[] {
  const names = new Map(facts.forces.map((f) => [f.id, f.name]));
  const provenance = new Map<string, Provenance>([...result.model.design.rules, ...result.model.design.support].map((r) => [r.id, r]));
  const out: TimelineEntry[] = [];
  const records = result.records;
  // A body's lifecycle comes both as a machine `state` record and as a `coordination` record;
  // narrate it once, from the richer coordination record.
  const bodies = new Set(records.flatMap((r) => (r.type === 'coordination' ? [`body.${r.body}`] : [])));
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.type === 'command' || r.type === 'engagement') {
      // Group the run of records of one instant that share rule (or cause) and direction.
      let j = i;
      while (j + 1 < records.length && sameGroup(r, records[j + 1]!)) j++;
      const group = records.slice(i, j + 1) as (CommandRecord | EngagementRecord)[];
      out.push(r.type === 'command' ? commandEntry(group as CommandRecord[], names, provenance) : engagementEntry(group as EngagementRecord[], names));
      i = j;
      continue;
    }
    if (r.type === 'state' && bodies.has(r.machine)) continue;
    const entry = single(r, provenance);
    if (entry) out.push(entry);
  }
  return out;
}

function sameGroup(a: CommandRecord | EngagementRecord, b: LogRecord): boolean {
  if (b.type !== a.type || b.t !== a.t || b.cause !== a.cause) return false;
  if (a.type === 'engagement') return (b as EngagementRecord).engaged === a.engaged;
  const c = b as CommandRecord;
  return c.rule === a.rule && c.relationship === a.relationship && c.from === a.from && c.to === a.to;
}

function commandEntry(group: CommandRecord[], names: Map<ForceId, string>, provenance: Map<string, Provenance>): TimelineEntry {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const forces = group.map((c) => c.force);
  const list = forces.map((f) => names.get(f) ?? f).join(', ');
  const rel = first.relationship.toUpperCase();
  const term = first.term ? ` as ${TERM_LABEL[first.term as CommandTerm] ?? first.term}` : '';
  const text = first.from === first.to ? `${rel} ${hq(first.to)} now holds${term}: ${list}` : `${rel} ${hq(first.from)} → ${hq(first.to)}${term}: ${list}`;
  const p = provenance.get(first.rule);
  return { firstSeq: first.seq, seq: last.seq, t: recordTime(first.t), kind: 'command', text, rule: first.rule, forces, ...sourceOf(p) };
}

function engagementEntry(group: EngagementRecord[], names: Map<ForceId, string>): TimelineEntry {
  const first = group[0]!;
  const forces = group.map((e) => e.force);
  const text = `${first.engaged ? 'engaged' : 'disengaged'}: ${forces.map((f) => names.get(f) ?? f).join(', ')}`;
  return { firstSeq: first.seq, seq: group[group.length - 1]!.seq, t: recordTime(first.t), kind: 'engagement', text, forces };
}

function single(r: LogRecord, provenance: Map<string, Provenance>): TimelineEntry | undefined {
  const base = { firstSeq: r.seq, seq: r.seq, t: recordTime(r.t) };
  switch (r.type) {
    case 'run-start':
    case 'run-end':
      return undefined;
    case 'event':
      return { ...base, kind: 'event', text: r.label || r.event, ...(r.source ? { source: r.source } : {}) };
    case 'request':
      return { ...base, kind: 'request', text: `${r.subject} asked of ${r.authorities.join(', ')} (${r.mode})` };
    case 'decision':
      return { ...base, kind: 'decision', text: `${r.authority} ${r.outcome} ${r.subject}${r.step ? ` (${r.step})` : ''}` };
    case 'state':
      return { ...base, kind: 'state', text: `${r.machine}: ${stateLabel(r.machine, r.from)} → ${stateLabel(r.machine, r.to)}` };
    case 'support':
      return { ...base, kind: 'support', text: `${r.supporting.join(', ')} ${r.active ? 'now support' : 'no longer support'} ${r.supported} (${r.kind} support; no command passes)`, rule: r.id, ...sourceOf(provenance.get(r.id)) };
    case 'coordination':
      return { ...base, kind: 'coordination', text: `${r.body}: ${r.from} → ${r.to}${r.level ? ` (level ${r.level})` : ''}` };
    case 'constraint':
      return {
        ...base,
        kind: 'constraint',
        text: `${r.force} (${r.nation}) under ${r.relationship.toUpperCase()} of ${r.holder} (${r.commander} commander): needs a change to ${r.law}`,
        rule: r.rule,
        ...sourceOf(provenance.get(r.rule)),
      };
    case 'friction':
      return { ...base, kind: 'friction', text: `divergent guidance ${r.id} ${r.phase === 'start' ? 'between' : 'resolved for'} ${r.nations.join(', ')}` };
    default:
      return undefined;
  }
}

function sourceOf(p: Provenance | undefined): { source?: string } {
  if (!p) return {};
  const s = p.source ?? (p.assumption ? `assumption: ${p.assumption}` : undefined);
  return s ? { source: s } : {};
}

function hq(id: HqId | null): string {
  return id ?? 'none';
}

/** `DEFCON III` for `theater.defcon` state `3`; other machines' states as they are. */
export function stateLabel(machine: string, state: string): string {
  const level = machine.startsWith('theater.') ? (machine.slice('theater.'.length) as LevelName) : undefined;
  const spec = level ? LEVELS[level] : undefined;
  if (!spec) return state;
  const n = Number(state);
  return spec.label(state !== '' && Number.isFinite(n) ? n : state);
}
