import type { ForceSelector } from '../model/force.js';
import { selectIndices } from '../model/force.js';
import type { Run } from './run.js';

/**
 * Which forces are engaged (by a hostile act's `engaged:` or an `engage:` event). Metrics read
 * the `engagement` records; friction reads the set. Listeners hear every change.
 */
export class Engagement {
  readonly #engaged = new Set<number>();
  /** Told of each force that engages or disengages, as it happens. */
  readonly changed: ((index: number, engaged: boolean) => void)[] = [];
  /** Told once after a batch of changes. */
  readonly settled: (() => void)[] = [];

  constructor(private readonly run: Run) {}

  /** Indices of engaged forces, in the order they were engaged. */
  get forces(): ReadonlySet<number> {
    return this.#engaged;
  }

  set(selector: ForceSelector, engaged: boolean): void {
    const run = this.run;
    const forces = run.model.forces;
    const cause = run.clock.currentCause ?? -1;
    let changed = false;
    for (const i of selectIndices(forces, selector)) {
      const f = forces[i]!;
      if (this.#engaged.has(i) === engaged) continue;
      if (engaged) this.#engaged.add(i);
      else this.#engaged.delete(i);
      changed = true;
      for (const listener of this.changed) listener(i, engaged);
      run.log.emit({ type: 'engagement', force: f.id, engaged, cause });
    }
    if (!changed) return;
    run.vars.set('engaged-forces', this.#engaged.size);
    for (const listener of this.settled) listener();
  }
}
