import type { RunResult } from '../engine/api.js';
import type { HqId, NationId } from '../model/force.js';
import type { SimTime } from '../model/time.js';
import { commandFrames, type CommandFrame } from './commandFrames.js';
import { timelineEntries, stateLabel, type TimelineEntry } from './timelineEntries.js';
import { identityOf, recordTime, runFacts, type RunIdentity } from './runFacts.js';

/**
 * Everything the HTML viewer shows, as plain JSON inlined in the page: the viewer's script
 * reads only this (never the engine), so the page is one self-contained file.
 */
export interface ViewerData extends RunIdentity {
  /** Nations in legend order: the design's, then any other commander or force nation. */
  readonly nations: readonly NationId[];
  readonly hqs: readonly { id: HqId; name: string; kind: string; commander: NationId; deputy: NationId | null; parent: HqId | null; authorities: readonly string[] }[];
  readonly bodies: readonly { id: string; name: string; members: readonly HqId[]; initial: string }[];
  readonly forces: readonly { id: string; name: string; nation: NationId; component: string; adcon: HqId }[];
  readonly frames: readonly CommandFrame[];
  /** Theater levels at the start, and each change after a record. */
  readonly theater: { readonly initial: Readonly<Record<string, string>>; readonly changes: readonly { t: SimTime; seq: number; level: string; label: string }[] };
  readonly bodyStates: readonly { t: SimTime; seq: number; body: string; state: string; level: string | null }[];
  readonly entries: readonly TimelineEntry[];
}

const THEATER_LEVELS = ['posture', 'defcon', 'watchcon', 'phase', 'situation'] as const;

/** Digests a run for the viewer. */
export function viewerData(result: RunResult): ViewerData {
  const facts = runFacts(result);
  const design = result.model.design;
  const initial: Record<string, string> = {};
  for (const level of THEATER_LEVELS) initial[level] = levelLabel(level, String(result.model.initial[level]));
  const changes: { t: SimTime; seq: number; level: string; label: string }[] = [];
  const bodyStates: { t: SimTime; seq: number; body: string; state: string; level: string | null }[] = [];
  for (const r of result.records) {
    if (r.type === 'state' && r.machine.startsWith('theater.')) {
      changes.push({ t: recordTime(r.t), seq: r.seq, level: r.machine.slice('theater.'.length), label: levelLabel(r.machine.slice('theater.'.length), r.to) });
    } else if (r.type === 'coordination') {
      bodyStates.push({ t: recordTime(r.t), seq: r.seq, body: r.body, state: r.to, level: r.level });
    }
  }
  const nations: NationId[] = [...design.nations];
  const addNation = (n: NationId | undefined | null) => {
    if (n && !nations.includes(n)) nations.push(n);
  };
  design.headquarters.forEach((h) => addNation(h.commander));
  facts.forces.forEach((f) => addNation(f.nation));
  return {
    ...identityOf(facts),
    nations,
    hqs: design.headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null, parent: h.parent ?? null, authorities: h.authorities })),
    bodies: design.bodies.map((b) => ({ id: b.id, name: b.name, members: b.members, initial: b.initial })),
    forces: facts.forces.map((f) => ({ id: f.id, name: f.name, nation: f.nation, component: f.component, adcon: f.adcon })),
    frames: commandFrames(result, facts),
    theater: { initial, changes },
    bodyStates,
    entries: timelineEntries(result, facts),
  };
}

/** Tile text: `DEFCON III`, `Phase 2 (seize the initiative)`; posture and situation as they are (the tile names them). */
function levelLabel(level: string, value: string): string {
  return level === 'posture' || level === 'situation' ? value : stateLabel(`theater.${level}`, value);
}
