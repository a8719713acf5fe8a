import type { Action, TimelineEvent } from '../model/scenario.js';
import { sample } from '../model/distribution.js';
import { PRIORITY } from './simClock.js';
import type { Run } from './run.js';
import type { Levels } from './levels.js';
import type { Decisions } from './decisions.js';
import type { Bodies } from './bodies.js';
import type { Engagement } from './engagement.js';

/** The processes a scenario event can act on. */
export interface Targets {
  readonly levels: Levels;
  readonly decisions: Decisions;
  readonly bodies: Bodies;
  readonly engagement: Engagement;
}

/**
 * Schedules the scenario's timeline on the run's clock. Each event draws from its own stream
 * (`event/ID`: chance first, then jitter, then its trigger delay, always all three), so adding
 * an event never changes another's dice.
 */
export function scheduleTimeline(run: Run, targets: Targets): void {
  const followers = new Map<string, TimelineEvent[]>();
  for (const e of run.model.timeline) {
    if (e.trigger.kind === 'after') {
      const list = followers.get(e.trigger.event) ?? [];
      list.push(e);
      followers.set(e.trigger.event, list);
    }
  }
  const draws = new Map<string, { happens: boolean; jitter: number; delay: number }>();
  for (const e of run.model.timeline) {
    const stream = run.rng.fork(`event/${e.id}`);
    const happens = stream.next() < e.chance;
    const jitter = sample(e.jitter, stream);
    const delay = e.trigger.kind === 'at' ? 0 : sample(e.trigger.delay, stream);
    draws.set(e.id, { happens, jitter, delay });
  }

  const fire = (e: TimelineEvent) => {
    const seq = run.log.emit({ type: 'event', id: e.id, event: eventName(e.action), label: e.label, data: actionData(e.action), ...(e.source ? { source: e.source } : {}), ...run.cause() });
    run.withCause(seq, () => {
      run.vars.set(`event.${e.id}`, true);
      perform(run, targets, e.action);
      for (const f of followers.get(e.id) ?? []) schedule(f, run.now);
    });
  };
  const schedule = (e: TimelineEvent, base: number) => {
    const d = draws.get(e.id)!;
    if (!d.happens) return;
    run.clock.schedule(base + d.delay + d.jitter, PRIORITY.scenarioEvent, () => fire(e));
  };

  for (const e of run.model.timeline) {
    const trigger = e.trigger;
    if (trigger.kind === 'at') schedule(e, trigger.time);
    else if (trigger.kind === 'when') {
      let fired = false;
      run.vars.watch(trigger.condition, (holds) => {
        if (holds && !fired) {
          fired = true;
          schedule(e, run.now);
        }
      });
    }
  }
}

function perform(run: Run, t: Targets, a: Action): void {
  switch (a.kind) {
    case 'set-level':
      return t.levels.propose(a.level, a.value);
    case 'set-fact':
      return run.vars.set(`fact.${a.name}`, a.value);
    case 'hostile-act':
      run.vars.set('hostile-acts', Number(run.vars.get('hostile-acts') ?? 0) + 1);
      if (a.engaged) t.engagement.set(a.engaged, true);
      return;
    case 'engage':
      return t.engagement.set(a.forces, a.engaged);
    case 'stance':
      return t.decisions.setStance(a.authority, a.subject, a.approve);
    case 'request':
      return t.decisions.request(a.subject, a.decision, a.authorities, a.mode, a.deadline, () => {});
    case 'body':
      return a.command === 'activate' ? t.bodies.activate(a.body) : t.bodies.standDown(a.body);
    case 'note':
      return;
  }
}

/** The `event` field of an event record: the action as a scenario author wrote it. */
export function eventName(a: Action): string {
  switch (a.kind) {
    case 'set-level':
      return a.level;
    case 'set-fact':
      return 'fact';
    case 'engage':
      return a.engaged ? 'engage' : 'disengage';
    case 'body':
      return a.command;
    default:
      return a.kind;
  }
}

const dataOf = new WeakMap<Action, Record<string, unknown>>();

/** The action's parameters as plain JSON data (computed once per compiled action). */
function actionData(a: Action): Record<string, unknown> {
  let data = dataOf.get(a);
  if (!data) {
    const { kind: _kind, ...rest } = a as Action & Record<string, unknown>;
    data = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
    dataOf.set(a, data);
  }
  return data;
}
