import type { Condition } from '../model/condition.js';
import { evaluate, variablesOf } from '../model/condition.js';
import type { Scalar } from '../model/theater.js';
import { gravity, LEVELS } from '../model/theater.js';

/** Ranks values for ordered comparisons: levels by gravity, numbers as themselves. */
export function rank(variable: string, value: Scalar): number | undefined {
  if (variable in LEVELS) return gravity(variable as keyof typeof LEVELS, value);
  return typeof value === 'number' ? value : undefined;
}

/** A condition someone waits on; `onChange` fires on each edge (false->true, true->false). */
export interface Watcher {
  readonly condition: Condition;
  last: boolean;
  readonly onChange: (holds: boolean) => void;
}

/**
 * The flat variables conditions read (`defcon`, `rule.X`, `body.Y.level`, ...), with an index
 * from variable to the watchers that read it, so a change re-evaluates only those (routing each
 * change only to the processes that react to it). Edges are delivered through `defer`, in
 * FIFO order, never re-entrantly.
 */
export class Variables {
  readonly #values = new Map<string, Scalar>();
  readonly #watchersOf = new Map<string, Watcher[]>();
  readonly #all: Watcher[] = [];
  readonly #listenersOf = new Map<string, ((value: Scalar, previous: Scalar | undefined) => void)[]>();
  readonly history: { t: number; name: string; value: Scalar }[] | undefined;

  constructor(
    private readonly defer: (work: () => void) => void,
    private readonly now: () => number,
    keepHistory: boolean,
  ) {
    this.history = keepHistory ? [] : undefined;
  }

  get(name: string): Scalar | undefined {
    return this.#values.get(name);
  }

  readonly read = (name: string): Scalar | undefined => this.#values.get(name);

  /** Sets a variable; on a real change, queues re-evaluation of the watchers that read it. */
  set(name: string, value: Scalar): void {
    const previous = this.#values.get(name);
    if (previous === value) return;
    this.#values.set(name, value);
    this.history?.push({ t: this.now(), name, value });
    const watchers = this.#watchersOf.get(name);
    if (watchers) for (const w of watchers) this.defer(() => this.#check(w));
    const listeners = this.#listenersOf.get(name);
    if (listeners) for (const l of listeners) this.defer(() => l(value, previous));
  }

  /**
   * Calls `onChange` (deferred, like watchers) each time variable `name` changes value, with
   * the value before: for reactions to a change itself, such as a level growing graver.
   */
  listen(name: string, onChange: (value: Scalar, previous: Scalar | undefined) => void): void {
    let list = this.#listenersOf.get(name);
    if (!list) this.#listenersOf.set(name, (list = []));
    list.push(onChange);
  }

  /** Registers a watcher; its first evaluation is queued, so a condition true at the start fires. */
  watch(condition: Condition, onChange: (holds: boolean) => void): Watcher {
    const w: Watcher = { condition, last: false, onChange };
    for (const v of variablesOf(condition)) {
      let list = this.#watchersOf.get(v);
      if (!list) this.#watchersOf.set(v, (list = []));
      list.push(w);
    }
    this.#all.push(w);
    this.defer(() => this.#check(w));
    return w;
  }

  holds(condition: Condition): boolean {
    return evaluate(condition, this.read, rank);
  }

  #check(w: Watcher): void {
    const now = evaluate(w.condition, this.read, rank);
    if (now === w.last) return;
    w.last = now;
    w.onChange(now);
  }

  /** Values at the end of the run, sorted by name (for summaries). */
  snapshot(): Record<string, Scalar> {
    return Object.fromEntries([...this.#values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
