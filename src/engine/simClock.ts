import type { AnyActorLogic, ActorOptions } from 'xstate';
import { EventQueue } from './eventQueue.js';
import { toMinute } from '../model/time.js';

/** XState's clock interface (not exported by xstate, so derived from `ActorOptions`). */
export type XStateClock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

/**
 * Priorities at one instant. Machine timers set earlier resolve before scenario events stamped
 * at the same minute: consequences of the past land before news of the present.
 */
export const PRIORITY = { machineTimer: 0, scenarioEvent: 1, process: 2 } as const;

interface Scheduled {
  readonly run: () => void;
  /** The log record whose handling scheduled this work: the cause of what it does. */
  readonly cause: number | undefined;
}

/**
 * The one simulated clock of a run. It implements XState's clock (`setTimeout`/`clearTimeout`,
 * relative to `now`) and the scenario schedule on a single queue ordered by (time, priority,
 * sequence), and fires every entry at its own due time. Unlike XState's `SimulatedClock`, a big
 * jump never skips chained timers (platform-notes.md).
 */
export class SimClock implements XStateClock {
  readonly #queue = new EventQueue<Scheduled>();
  readonly #cancelled = new Set<number>();
  #now: number;
  /** Record seq that the current entry was scheduled under (see {@link Scheduled.cause}). */
  currentCause: number | undefined;
  /** Runs after every fired entry: the engine drains the work that entry queued. */
  afterEach: (() => void) | undefined;

  constructor(start: number) {
    this.#now = start;
  }

  get now(): number {
    return this.#now;
  }

  /** XState calls this for `after` delays; `ms` rounds to the simulation's minute. */
  setTimeout(fn: (...args: any[]) => void, ms: number): number {
    return this.schedule(this.#now + toMinute(Math.max(0, ms)), PRIORITY.machineTimer, fn as () => void);
  }

  clearTimeout(id: unknown): void {
    this.#cancelled.add(id as number);
  }

  /** Schedules work at an absolute time; returns an id usable with `clearTimeout`. */
  schedule(time: number, priority: number, run: () => void, cause = this.currentCause): number {
    return this.#queue.push(Math.max(time, this.#now), priority, { run, cause });
  }

  /**
   * Fires every entry due at or before `until`, each at its own time, in (time, priority, seq)
   * order, including entries scheduled while firing. Returns the number fired.
   */
  runUntil(until: number): number {
    let fired = 0;
    for (let next = this.#queue.peek(); next !== undefined && next.time <= until; next = this.#queue.peek()) {
      this.#queue.pop();
      if (this.#cancelled.delete(next.seq)) continue;
      this.#now = next.time;
      this.currentCause = next.item.cause;
      next.item.run();
      this.afterEach?.();
      fired++;
    }
    this.#now = Math.max(this.#now, until);
    this.currentCause = undefined;
    return fired;
  }

  get pending(): number {
    return this.#queue.size - this.#cancelled.size;
  }
}
