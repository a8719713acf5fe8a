import type { FrictionModel } from '../model/design.js';
import { sample, scaleDistribution } from '../model/distribution.js';
import { DAY, toMinute } from '../model/time.js';
import { PRIORITY } from './simClock.js';
import type { Run } from './run.js';
import type { CommandState } from './commandState.js';
import type { Bodies } from './bodies.js';
import type { Engagement } from './engagement.js';

/**
 * Divergent national guidance: while forces of two or more nations are engaged and no single
 * combined commander holds OPCON of them all, episodes arise as a Poisson process at the
 * design's rate (scaled by active modifiers' friction factors) and each resolves after a drawn
 * time, shortened by active coordination bodies. Only the design's `friction:` numbers drive it.
 */
export class Friction {
  #eligible = false;
  #pendingArrival: number | undefined;
  #next = 1;
  // Counts over engaged forces, kept as forces engage and change hands, so judging whether
  // command is divided costs O(1) per change instead of a scan of every engaged force.
  readonly #byNation = new Map<string, number>();
  readonly #byHolder = new Map<string, number>();

  constructor(
    private readonly run: Run,
    private readonly commands: CommandState,
    private readonly bodies: Bodies,
    engagement: Engagement,
    private readonly model: FrictionModel | undefined,
  ) {
    if (!model) return;
    commands.opconChanged.push((i, from, to) => {
      if (!engagement.forces.has(i)) return;
      bump(this.#byHolder, from, -1);
      bump(this.#byHolder, to, 1);
    });
    commands.changed.push(() => this.recheck());
    engagement.changed.push((i, engaged) => {
      bump(this.#byNation, run.model.forces[i]!.nation, engaged ? 1 : -1);
      bump(this.#byHolder, commands.table[i]!.opcon, engaged ? 1 : -1);
    });
    engagement.settled.push(() => this.recheck());
  }

  /** Forces of several nations are engaged without one combined commander over them all. */
  #divided(): boolean {
    if (this.#byNation.size < 2) return false;
    if (this.#byHolder.size !== 1) return true;
    return this.commands.headquarters(this.#byHolder.keys().next().value!)?.kind !== 'combined';
  }

  /** Nations of engaged forces, when command over them is divided; otherwise undefined. */
  #dividedNations(): string[] | undefined {
    return this.#divided() ? [...this.#byNation.keys()].sort() : undefined;
  }

  recheck(): void {
    if (!this.model) return;
    const eligible = this.#divided();
    if (eligible === this.#eligible) return;
    this.#eligible = eligible;
    if (eligible) this.#scheduleArrival();
    else if (this.#pendingArrival !== undefined) {
      this.run.clock.clearTimeout(this.#pendingArrival);
      this.#pendingArrival = undefined;
    }
  }

  #scheduleArrival(): void {
    const run = this.run;
    const model = this.model!;
    let factor = 1;
    run.model.design.modifiers.forEach((m, i) => {
      if (run.vars.holds(m.when)) factor *= run.modifierFactors[i]!.friction;
    });
    const rate = model.ratePerDay * factor;
    if (rate <= 0) return;
    const u = run.rng.fork('friction').next();
    const wait = toMinute((-Math.log(1 - u) / rate) * DAY);
    this.#pendingArrival = run.clock.schedule(run.now + Math.max(wait, 60_000), PRIORITY.process, () => this.#arrive());
  }

  #arrive(): void {
    const run = this.run;
    this.#pendingArrival = undefined;
    const nations = this.#dividedNations();
    if (!nations) return;
    const id = `friction-${this.#next++}`;
    const seq = run.log.emit({ type: 'friction', id, phase: 'start', nations, ...run.cause() });
    // Active coordination bodies shorten resolution: the most effective one sets the pace.
    const factor = Math.min(1, ...this.bodies.active().map((b) => b.latencyFactor));
    const resolution = sample(factor === 1 ? this.model!.resolution : scaleDistribution(this.model!.resolution, factor), run.rng.fork('friction'));
    run.clock.schedule(run.now + resolution, PRIORITY.process, () => {
      run.log.emit({ type: 'friction', id, phase: 'resolved', nations, cause: seq });
    }, seq);
    this.#scheduleArrival();
  }
}

/** Adds `delta` to a count, deleting it at zero so `size` counts only present keys. */
function bump(counts: Map<string, number>, key: string, delta: number): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}
