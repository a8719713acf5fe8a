import type { CoordinationBody } from '../model/design.js';
import { IMMEDIATE } from '../model/distribution.js';
import { bodyMachine } from '../machines/bodyMachine.js';
import type { Run, Process } from './run.js';

/**
 * Coordination bodies (BCM, ACM, MCC, MILREPS, NATO MC): one lifecycle machine each. Conditions
 * and scenario events activate and stand them down; while active, the level (membership and
 * seniority) flexes to the first of the design's levels whose condition holds.
 */
export class Bodies {
  readonly #procs = new Map<string, { proc: Process; body: CoordinationBody }>();
  /**
   * Bodies no condition ever moves (one level, always; no activate-when or stand-down-when, as
   * Korea's SCM and MCM): they keep their initial state without an actor, which costs a run as
   * much as a handful of events. A scenario event that activates or stands one down starts its
   * machine then, from the same state, so the log is the same either way.
   */
  readonly #static = new Map<string, CoordinationBody>();

  constructor(private readonly run: Run) {
    for (const body of run.model.design.bodies) {
      if (isStatic(body)) this.#keepStatic(body);
      else this.#startBody(body);
    }
  }

  #keepStatic(body: CoordinationBody): void {
    this.#static.set(body.id, body);
    this.run.vars.set(`body.${body.id}`, body.initial);
    this.run.vars.set(`body.${body.id}.level`, body.initial === 'active' ? body.levels[0]!.name : 'none');
  }

  /** Gives a static body its machine, in the state it has kept, before an event moves it. */
  #materialize(id: string): void {
    const body = this.#static.get(id);
    if (!body) return;
    this.#static.delete(id);
    this.#startBody(body);
  }

  #levelNow(body: CoordinationBody): string {
    return body.levels.find((l) => this.run.vars.holds(l.when))?.name ?? body.levels[0]?.name ?? 'active';
  }

  #startBody(body: CoordinationBody): void {
    const run = this.run;
    let lastLevel = '';
    const proc = run.start(`body.${body.id}`, 'body', bodyMachine, { initial: body.initial, level: this.#levelNow(body) }, (from, to, snapshot, cause) => {
      const level: string = snapshot.context.level;
      if (from === to && level === lastLevel) return;
      run.vars.set(`body.${body.id}`, to);
      if (to === 'active') {
        // On arrival the level is recomputed: conditions may have moved while activating.
        const now = this.#levelNow(body);
        if (now !== level) return run.defer(() => run.send(proc, { type: 'FLEX', level: now }));
      }
      const shownLevel = to === 'active' ? level : null;
      if (from !== to || shownLevel !== lastLevel) {
        run.vars.set(`body.${body.id}.level`, shownLevel ?? 'none');
        run.log.emit({ type: 'coordination', body: body.id, from: from || to, to, level: shownLevel, ...(cause === undefined ? {} : { cause }) });
      }
      lastLevel = shownLevel ?? '';
    });
    // The initial state is logged once so viewers and metrics know every body's starting state.
    const initialLevel = proc.state === 'active' ? this.#levelNow(body) : null;
    lastLevel = initialLevel ?? '';
    run.vars.set(`body.${body.id}`, proc.state);
    run.vars.set(`body.${body.id}.level`, initialLevel ?? 'none');
    this.#procs.set(body.id, { proc, body });

    run.vars.watch(body.activateWhen, (holds) => holds && this.activate(body.id));
    run.vars.watch(body.standDownWhen, (holds) => holds && this.standDown(body.id));
    for (const level of body.levels) {
      run.vars.watch(level.when, () => {
        if (proc.state !== 'active') return;
        // Several level conditions can change at once; flex only when the level really moves.
        const now = this.#levelNow(body);
        if (now !== (proc.actor.getSnapshot() as { context: { level: string } }).context.level) run.send(proc, { type: 'FLEX', level: now });
      });
    }
  }

  /** A body's state and level now (level null unless active). */
  stateOf(id: string): { state: string; level: string | null } {
    const fixed = this.#static.get(id);
    if (fixed) return { state: fixed.initial, level: fixed.initial === 'active' ? fixed.levels[0]!.name : null };
    const entry = this.#procs.get(id);
    const state = entry?.proc.state ?? 'dormant';
    return { state, level: state === 'active' ? String(this.run.vars.get(`body.${id}.level`)) : null };
  }

  activate(id: string): void {
    this.#materialize(id);
    const entry = this.#procs.get(id);
    if (!entry || (entry.proc.state !== 'dormant' && entry.proc.state !== 'standing-down')) return;
    const latency = entry.proc.state === 'dormant' ? this.run.latency(`body/${id}`, entry.body.activation, () => false) : 0;
    this.run.send(entry.proc, { type: 'ACTIVATE', latency });
  }

  standDown(id: string): void {
    this.#materialize(id);
    const entry = this.#procs.get(id);
    if (!entry || (entry.proc.state !== 'active' && entry.proc.state !== 'activating')) return;
    this.run.send(entry.proc, { type: 'STAND_DOWN', latency: this.run.latency(`body/${id}`, entry.body.standDown ?? IMMEDIATE, () => false) });
  }

  /** Active bodies with their current level's latency factor (friction resolution uses them). */
  active(): { body: CoordinationBody; latencyFactor: number }[] {
    const out: { body: CoordinationBody; latencyFactor: number }[] = [];
    for (const body of this.#static.values()) if (body.initial === 'active') out.push({ body, latencyFactor: body.levels[0]!.latencyFactor });
    for (const { proc, body } of this.#procs.values()) {
      if (proc.state !== 'active') continue;
      const level = body.levels.find((l) => l.name === this.run.vars.get(`body.${body.id}.level`));
      out.push({ body, latencyFactor: level?.latencyFactor ?? 1 });
    }
    return out;
  }
}

/** A body no condition can move: never activated or stood down by a condition, one level held always. */
function isStatic(body: CoordinationBody): boolean {
  return body.activateWhen.kind === 'never' && body.standDownWhen.kind === 'never' && body.levels.length === 1 && body.levels[0]!.when.kind === 'always';
}
