import { ANY_DECISION, type Design } from '../model/design.js';
import { checkDecidable } from './compileProcedures.js';
import { IMMEDIATE } from '../model/distribution.js';
import type { Action, SourcePosition, TimelineEvent, Trigger } from '../model/scenario.js';
import { LEVELS, type LevelName, type Scalar } from '../model/theater.js';
import { parseTimeSpec, type SimTime } from '../model/time.js';
import { compileCondition, type ConditionScope } from './compileCondition.js';
import { compileDistribution, compileScenarioSelector, reportUnknown, type SelectorScope } from './compileParts.js';
import { checkRef } from './designChecks.js';
import { keyPosition, positionOf, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';
import { ACTION_KEYS, type RawEvent } from './scenarioSchema.js';

/** What events may refer to. */
export interface TimelineScope {
  readonly design: Design;
  readonly start: SimTime;
  readonly conditions: ConditionScope;
  readonly selectors: SelectorScope;
}

/** The id an event gets when it has none: `event-N`, 1-based. */
export function defaultEventId(index: number): string {
  return `event-${index + 1}`;
}

/**
 * Compiles the timeline: exactly one trigger (`at`, `after` or `when`) and exactly one action
 * per event, references to the design and to other events checked, `after:` chains free of
 * cycles. `at` times resolve against `start`.
 */
export function compileTimeline(raw: readonly RawEvent[], scope: TimelineScope, problems: ProblemList): TimelineEvent[] {
  const ids = raw.map((e, i) => e.id ?? defaultEventId(i));
  const known = new Set(ids);
  const events = raw.map((e, i) => compileEvent(e, ids[i]!, known, scope, problems));
  checkAfterCycles(raw, ids, problems);
  return events;
}

function compileEvent(e: RawEvent, id: string, ids: ReadonlySet<string>, scope: TimelineScope, problems: ProblemList): TimelineEvent {
  const here = positionOf(e);
  const trigger = compileTrigger(e, id, ids, scope, problems, here);
  const action = compileAction(e, id, scope, problems, here);
  const delay = e.delay === undefined ? IMMEDIATE : compileDistribution(e.delay, problems, valuePosition(e, 'delay'));
  const timed: Trigger = trigger.kind === 'at' ? trigger : { ...trigger, delay };
  return {
    id,
    label: e.label ?? defaultLabel(action, scope.design),
    trigger: timed,
    chance: e.chance ?? 1,
    jitter: trigger.kind === 'at' ? delay : IMMEDIATE,
    action,
    ...(e.source !== undefined ? { source: e.source } : {}),
    ...(e.assumption !== undefined ? { assumption: e.assumption } : {}),
    ...(here ? { position: here } : {}),
  };
}

function compileTrigger(e: RawEvent, id: string, ids: ReadonlySet<string>, scope: TimelineScope, problems: ProblemList, here: SourcePosition | undefined): Trigger {
  const given = (['at', 'after', 'when'] as const).filter((k) => e[k] !== undefined);
  if (given.length !== 1) {
    problems.add(given.length ? keyPosition(e, given[1]!) : here, given.length ? `event \`${id}\` has ${given.length} triggers (${given.join(', ')})` : `event \`${id}\` has no trigger`, 'give exactly one of at:, after: or when:');
  }
  if (e.at !== undefined) {
    const t = e.at === 'end' ? undefined : parseTimeSpec(e.at, scope.start);
    if (t === undefined) problems.add(valuePosition(e, 'at'), `event \`${id}\` is at \`end\``, 'events need a time: write T+6h or an ISO date-time');
    else if (t < scope.start) problems.add(valuePosition(e, 'at'), `event \`${id}\` at ${e.at} is before the scenario's start`, 'move it to start or later, or move start earlier');
    return { kind: 'at', time: t ?? scope.start };
  }
  if (e.after !== undefined) {
    if (e.after === id) problems.add(valuePosition(e, 'after'), `event \`${id}\` comes after itself`, 'name another event');
    else if (!ids.has(e.after)) reportUnknown(problems, valuePosition(e, 'after'), 'timeline event', e.after, ids);
    return { kind: 'after', event: e.after, delay: IMMEDIATE };
  }
  if (e.when !== undefined) return { kind: 'when', condition: compileCondition(e.when, scope.conditions, problems, valuePosition(e, 'when')), delay: IMMEDIATE };
  return { kind: 'at', time: scope.start };
}

function compileAction(e: RawEvent, id: string, scope: TimelineScope, problems: ProblemList, here: SourcePosition | undefined): Action {
  const given = ACTION_KEYS.filter((k) => e[k] !== undefined);
  if (given.length !== 1) {
    problems.add(
      given.length ? keyPosition(e, given[1]!) : here,
      given.length ? `event \`${id}\` has ${given.length} actions (${given.join(', ')})` : `event \`${id}\` has no action`,
      `give exactly one of: ${ACTION_KEYS.join(', ')}`,
    );
  }
  const authorities = new Set(scope.design.authorities.map((a) => a.id));
  const bodies = new Set(scope.design.bodies.map((b) => b.id));
  switch (given[0]) {
    case 'hostile-act': {
      const h = e['hostile-act']!;
      const engaged = h.engaged === undefined ? undefined : compileScenarioSelector(h.engaged, scope.selectors, problems, valuePosition(h, 'engaged'));
      return { kind: 'hostile-act', by: h.by, against: h.against, description: h.description ?? e.label ?? `hostile act by ${h.by}`, engaged };
    }
    case 'defcon':
    case 'watchcon':
    case 'posture':
    case 'phase':
    case 'situation':
      return { kind: 'set-level', level: given[0], value: e[given[0]]! };
    case 'fact':
      return { kind: 'set-fact', name: e.fact!.name, value: e.fact!.value };
    case 'engage':
    case 'disengage':
      return { kind: 'engage', forces: compileScenarioSelector(e[given[0]]!.forces, scope.selectors, problems, valuePosition(e[given[0]], 'forces')), engaged: given[0] === 'engage' };
    case 'stance': {
      checkRef(e.stance!, 'authority', authorities, 'authority', problems);
      return { kind: 'stance', authority: e.stance!.authority, subject: e.stance!.subject, approve: e.stance!.approve };
    }
    case 'request': {
      checkRef(e.request!, 'authorities', authorities, 'authority', problems);
      if (e.request!.mode === 'silence' && e.request!.deadline === undefined) {
        problems.add(valuePosition(e, 'request'), `request \`${e.request!.subject}\` uses the silence procedure without a \`deadline:\``, 'add deadline: (how long the proposal circulates, e.g. 24h)');
      }
      const decision = e.request!.decision ?? ANY_DECISION;
      checkDecidable({ approvals: e.request!.authorities }, decision, scope.design.authorities, problems);
      const deadline = e.request!.deadline === undefined ? IMMEDIATE : compileDistribution(e.request!.deadline, problems, valuePosition(e.request!, 'deadline'));
      return { kind: 'request', subject: e.request!.subject, decision, authorities: e.request!.authorities, mode: e.request!.mode ?? 'all', deadline };
    }
    case 'activate':
    case 'stand-down':
      checkRef(e, given[0], bodies, 'coordination body', problems);
      return { kind: 'body', body: e[given[0]]!, command: given[0] };
    default:
      return { kind: 'note' };
  }
}

/**
 * Narration when an event has no `label:`: a sentence saying who does what, named from the
 * design (authority and body names), so generated events read like the ones authors write.
 */
function defaultLabel(a: Action, design: Design): string {
  const authority = (id: string) => design.authorities.find((x) => x.id === id)?.name ?? id;
  switch (a.kind) {
    case 'set-level':
      return levelSentence(a.level as LevelName, a.value);
    case 'set-fact':
      return typeof a.value === 'boolean' ? `${humanize(a.name)}: ${a.value ? 'yes' : 'no'}` : `${humanize(a.name)} becomes ${String(a.value)}`;
    case 'hostile-act':
      return a.description;
    case 'engage':
      return a.engaged ? 'Forces are committed to the fight' : 'Forces are withdrawn from the fight';
    case 'stance':
      return `${authority(a.authority)} is ${a.approve >= 0.5 ? 'inclined to approve' : 'inclined to refuse'} ${humanize(a.subject)}`;
    case 'request':
      return `${humanize(a.subject)} is put to ${a.authorities.map(authority).join(' and ')}`;
    case 'body': {
      const name = design.bodies.find((b) => b.id === a.body)?.name ?? a.body;
      return a.command === 'activate' ? `${name} is activated` : `${name} stands down`;
    }
    case 'note':
      return 'A note in the timeline';
  }
}

/** A proposed level change as a sentence ("Japan certifies an armed-attack situation"). */
function levelSentence(level: LevelName, value: Scalar): string {
  const label = LEVELS[level].label(value);
  switch (level) {
    case 'posture':
      return `The theater moves to ${String(value)}`;
    case 'situation':
      return value === 'none' ? "Japan's situation certification is lifted" : `Japan certifies ${article(String(value))} ${String(value)} situation`;
    case 'phase':
      return `Operations move to ${label}`;
    default:
      return `${label} is proposed`;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** `decision.rule:usfj-jtf` or `us-japan-feo` as words for a sentence. */
function humanize(id: string): string {
  return id.replace(/^(rule|level|gate|situation|body):/, '$1 ').replace(/[-_.]/g, ' ');
}

/** Reports `after:` links that loop (a -> b -> a), once per cycle, at the first event in it. */
function checkAfterCycles(raw: readonly RawEvent[], ids: readonly string[], problems: ProblemList): void {
  const after = new Map(ids.map((id, i) => [id, raw[i]!.after]));
  const reported = new Set<string>();
  ids.forEach((id, i) => {
    const path = [id];
    for (let next = after.get(id); next !== undefined && after.has(next); next = after.get(next)) {
      if (next === id) {
        if (path.some((p) => reported.has(p)) || path.length === 1) break;
        path.forEach((p) => reported.add(p));
        problems.add(valuePosition(raw[i]!, 'after'), `\`after:\` links form a cycle (${[...path, id].join(' -> ')})`, 'make one of these events start at a time (at:) or on a condition (when:)');
        break;
      }
      if (path.includes(next)) break;
      path.push(next);
    }
  });
}
