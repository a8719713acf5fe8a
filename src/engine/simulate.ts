import type { ScenarioModel } from '../model/scenario.js';
import type { Headquarters } from '../model/design.js';
import { RECORD_FORMAT, type RunStartRecord } from '../model/records.js';
import { formatIso } from '../model/time.js';
import type { RunOptions, RunResult } from './api.js';
import { Run } from './run.js';
import { Decisions } from './decisions.js';
import { Levels } from './levels.js';
import { CommandState } from './commandState.js';
import { startRules } from './rules.js';
import { startSupport } from './support.js';
import { Bodies } from './bodies.js';
import { Friction } from './friction.js';
import { Engagement } from './engagement.js';
import { scheduleTimeline } from './timeline.js';
import { checkRunBudget } from './runBudget.js';

/**
 * Runs one scenario: builds the run's processes on one clock, fires everything due up to the
 * scenario's end in (time, priority, sequence) order, and returns the records (and, unless
 * turned off, the command history). Same model and seed: byte-identical records.
 *
 * @example
 * const result = simulate(loadScenario('scenarios/korea/escalation.yaml'), { seed: '7' });
 */
export function simulate(model: ScenarioModel, options: RunOptions = {}): RunResult {
  const seed = options.seed ?? model.seed;
  checkRunBudget(model, options.budget);
  const run = new Run(model, seed, options);
  const commands = new CommandState(run);

  const decisions = new Decisions(run);
  const levels = new Levels(run, decisions);
  const bodies = new Bodies(run);
  run.log.emit(runStart(model, seed, options.version ?? '0.0.0', commands, bodies));
  decisions.recordPlans();
  const engagement = new Engagement(run);
  new Friction(run, commands, bodies, engagement, model.design.friction);
  startRules(run, decisions, commands);
  startSupport(run);
  scheduleTimeline(run, { levels, decisions, bodies, engagement });
  run.drain();

  run.clock.runUntil(model.end);
  run.drain();
  run.checkBudget();

  const count = (type: string) => run.log.records.filter((r) => r.type === type).length;
  run.log.emit({
    type: 'run-end',
    summary: {
      records: run.log.count,
      ...(options.keepRecords === false
        ? {}
        : { commands: count('command'), refusals: run.log.records.filter((r) => r.type === 'decision' && r.outcome === 'refused').length, constraints: count('constraint'), friction: count('friction') / 2 }),
      posture: String(run.vars.get('posture')),
      defcon: Number(run.vars.get('defcon')),
      phase: Number(run.vars.get('phase')),
    },
  });

  return {
    model,
    seed,
    records: run.log.records,
    history: commands.history,
    theater: run.vars.history,
    machines: run.processes.map((p) => ({ id: p.id, kind: p.kind, state: p.state })),
  };
}

function runStart(model: ScenarioModel, seed: string, version: string, commands: CommandState, bodies: Bodies): Omit<RunStartRecord, 'seq' | 't'> {
  const { posture, defcon, watchcon, phase, situation } = model.initial;
  return {
    type: 'run-start',
    scenario: model.id,
    design: model.design.id,
    seed,
    version,
    recordFormat: RECORD_FORMAT,
    start: formatIso(model.start),
    end: formatIso(model.end),
    forces: model.forces.map((f, i) => {
      const c = commands.table[i]!;
      return { id: f.id, name: f.name, nation: f.nation, component: f.component, opcon: c.opcon, tacon: c.tacon, adcon: c.adcon, national: c.national };
    }),
    headquarters: model.design.headquarters.map((h) => ({ id: h.id, name: h.name, kind: h.kind, commander: h.commander, deputy: h.deputy ?? null, parent: h.parent ?? null, echelon: h.echelon, warfighting: h.warfighting, nations: staffNations(h, model.design.nations) })),
    bodies: model.design.bodies.map((b) => {
      const state = bodies.stateOf(b.id);
      return {
        id: b.id,
        name: b.name,
        members: [...b.members],
        initial: state.state,
        level: state.level,
        levels: b.levels.map((l) => ({ name: l.name, members: [...(l.members.length ? l.members : b.members)] })),
      };
    }),
    initial: { posture, defcon, watchcon, phase, situation },
    ...(model.design.officers.length > 0 ? { officers: model.design.officers.map((o) => ({ id: o.id, title: o.title, heads: [...o.heads] })) } : {}),
  };
}

/**
 * The nations whose officers staff a headquarters: its own nation for a national or political
 * one; for a combined one the alliance's nations (its commander and deputy included), since a
 * combined headquarters is staffed side by side by the allies (Hornung 2015, p. 12 for CFC).
 */
function staffNations(h: Headquarters, allianceNations: readonly string[]): string[] {
  if (h.kind !== 'combined') return [h.nation ?? h.commander];
  const out = [...allianceNations];
  for (const n of [h.commander, h.deputy]) if (n !== undefined && !out.includes(n)) out.push(n);
  return out;
}
