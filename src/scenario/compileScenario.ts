import type { Design } from '../model/design.js';
import type { Force } from '../model/force.js';
import type { Expectation, ScenarioModel } from '../model/scenario.js';
import type { TheaterInitial } from '../model/theater.js';
import { DAY, parseIso, parseTimeSpec } from '../model/time.js';
import type { ConditionScope } from './compileCondition.js';
import { compileExpectations } from './compileExpectations.js';
import { reportUnknown } from './compileParts.js';
import { compileTimeline, defaultEventId } from './compileTimeline.js';
import { checkUnique } from './designChecks.js';
import { valuePosition } from './located.js';
import { ProblemList } from './problems.js';
import type { RawScenario } from './scenarioSchema.js';

/** Theater levels when a scenario's `initial:` leaves one out. */
export const INITIAL_DEFAULTS: TheaterInitial = { posture: 'peacetime', defcon: 5, watchcon: 5, phase: 0, situation: 'none', facts: {} };

/** The span of supported instants: four-digit years, so ISO log times sort as text. */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59);

/** A run's length when no event has a fixed time. */
const DEFAULT_LENGTH = 30 * DAY;

/**
 * Compiles a schema-valid scenario against its resolved design into a fully defaulted
 * {@link ScenarioModel}, checking every reference to the design and to its own forces and
 * events. Problems go to `problems`; the model is meaningful only when none were added.
 */
export function compileScenario(raw: RawScenario, design: Design, file: string, problems: ProblemList, lenientExpectations = false): ScenarioModel {
  const start = parseIso(raw.start) ?? 0;
  const hqs = new Set(design.headquarters.map((h) => h.id));
  const forceIds = new Set(raw.forces.map((f) => f.id));
  const roles = new Map(design.headquarters.map((h) => [h.id, h.role]));
  const services = design.headquarters.filter((h) => h.role === 'service').map((h) => h.id);
  checkUnique(raw.forces, 'id', 'force', problems);

  const forces: Force[] = raw.forces.map((f) => {
    for (const key of ['home', 'national', 'adcon'] as const) {
      const v = f[key];
      if (v !== undefined && !hqs.has(v)) reportUnknown(problems, valuePosition(f, key), `headquarters in design ${design.id}`, v, hqs);
    }
    const adcon = f.adcon ?? f.home;
    if (roles.get(adcon) === 'combatant-command') {
      problems.add(valuePosition(f, f.adcon !== undefined ? 'adcon' : 'home'), `force \`${f.id}\` would have ADCON at \`${adcon}\`, a combatant command: ADCON runs through Service channels, never a combatant command (JP 1)`, `add adcon: naming its Service headquarters or Service component${services.length ? ` (e.g. ${services.slice(0, 3).join(', ')})` : ''}`);
    }
    return {
      id: f.id,
      name: f.name,
      nation: f.nation,
      component: f.component,
      designated: f.designated ?? false,
      home: f.home,
      national: f.national ?? f.home,
      adcon: f.adcon ?? f.home,
      tags: f.tags ?? [],
      ...(f.size !== undefined ? { size: f.size } : {}),
    };
  });

  const rawEvents = raw.timeline ?? [];
  const eventIds = rawEvents.map((e, i) => e.id ?? defaultEventId(i));
  checkUnique(
    rawEvents.map((e, i) => (e.id === undefined ? { id: eventIds[i] } : e)),
    'id',
    'event',
    problems,
  );
  const conditions: ConditionScope = {
    rules: new Set(design.rules.map((r) => r.id)),
    bodies: new Map(design.bodies.map((b) => [b.id, new Set(b.levels.map((l) => l.name))])),
    events: new Set(eventIds),
  };
  const selectors = { forces: forceIds, headquarters: hqs, pool: forces };
  const timeline = compileTimeline(rawEvents, { design, start, conditions, selectors }, problems);

  const end = resolveEnd(raw, start, timeline, problems);
  // Log times are ISO strings compared as text: keep runs inside four-digit years.
  if (start < EARLIEST || end > LATEST) {
    problems.add(valuePosition(raw, end > LATEST ? (raw.end !== undefined ? 'end' : 'timeline') : 'start'), `the run (${raw.start} to ${end > LATEST ? 'after 9999-12-31' : 'its end'}) leaves the supported years 1000 to 9999`, 'keep start, end and every event between 1000-01-01 and 9999-12-31 (end defaults to one day after the last event)');
  }
  timeline.forEach((e, i) => {
    if (e.trigger.kind === 'at' && e.trigger.time > end) problems.add(valuePosition(rawEvents[i]!, 'at'), `event \`${e.id}\` at ${rawEvents[i]!.at} is after the scenario's end (${raw.end})`, 'move end later or the event earlier');
  });

  const scope = { start, end, headquarters: hqs, conditions, selectors };
  const skippedExpectations: { id: string; reason: string }[] = [];
  let expectations: Expectation[];
  if (!lenientExpectations) expectations = compileExpectations(raw.expect ?? [], scope, problems);
  else {
    // Under another design (--design), checks written for the scenario's own design may name
    // headquarters, rules or bodies it lacks: skip those (and say so) instead of refusing the run.
    expectations = [];
    (raw.expect ?? []).forEach((x, i) => {
      const own = new ProblemList(problems.file);
      const [compiled] = compileExpectations([x], scope, own);
      const first = own.all[0];
      if (first) skippedExpectations.push({ id: x.id ?? `expect-${i + 1}`, reason: first.what });
      else expectations.push({ ...compiled!, id: x.id ?? `expect-${i + 1}` });
    });
  }
  const i = raw.initial ?? {};
  return {
    file,
    id: raw.scenario,
    title: raw.title,
    description: raw.description ?? '',
    design,
    start,
    end,
    seed: String(raw.seed ?? 1),
    forces,
    initial: {
      posture: i.posture ?? INITIAL_DEFAULTS.posture,
      defcon: i.defcon ?? INITIAL_DEFAULTS.defcon,
      watchcon: i.watchcon ?? INITIAL_DEFAULTS.watchcon,
      phase: i.phase ?? INITIAL_DEFAULTS.phase,
      situation: i.situation ?? INITIAL_DEFAULTS.situation,
      facts: { ...(i.facts ?? {}) },
    },
    timeline,
    expectations,
    ...(skippedExpectations.length ? { skippedExpectations } : {}),
  };
}

/** `end:` as written, else one day after the last fixed-time event, else start + 30 days. */
function resolveEnd(raw: RawScenario, start: number, timeline: ScenarioModel['timeline'], problems: ProblemList): number {
  if (raw.end !== undefined) {
    const t = raw.end === 'end' ? undefined : parseTimeSpec(raw.end, start);
    if (t === undefined || t <= start) {
      problems.add(valuePosition(raw, 'end'), `end (${raw.end}) is not after start (${raw.start})`, 'write a later time such as T+30d');
      return start + DEFAULT_LENGTH;
    }
    return t;
  }
  const times = timeline.flatMap((e) => (e.trigger.kind === 'at' ? [e.trigger.time] : []));
  return times.length ? Math.max(...times) + DAY : start + DEFAULT_LENGTH;
}
