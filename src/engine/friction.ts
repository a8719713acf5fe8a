import type { FrictionModel } from '../model/design.js';
import { sample, scaleDistribution } from '../model/distribution.js';
import { DAY, toMinute } from '../model/time.js';
import { PRIORITY } from './simClock.js';
import type { Run } from './run.js';
import type { CommandState } from './commandState.js';
import type { Bodies } from './bodies.js';
import type { Engagement } from './engagement.js';

/** The two sources of divergent national guidance (docs/mechanisms.md "Friction"). */
type Source = 'divided' | 'dual';

/** One Poisson process of episodes: whether it runs now and its pending arrival. */
interface Process {
  readonly source: Source;
  /** Random stream: parallel command keeps the historical `friction` stream, so adding dual guidance never shifts it. */
  readonly stream: string;
  on: boolean;
  pending: number | undefined;
}

/**
 * Divergent national guidance (docs/mechanisms.md "Friction"): episodes arise as Poisson
 * processes while forces of two or more nations are engaged, and each resolves after a drawn
 * time, shortened by active coordination bodies. Two independent sources:
 * - **divided** (parallel command): no single combined commander holds OPCON of all the engaged
 *   forces; rate `friction.rate-per-day`.
 * - **dual** (one commander, two governments): a combined commander whose chain answers to
 *   authorities of two or more nations holds engaged forces of two or more nations; rate
 *   `friction.dual-guidance.rate-per-day` (Hornung 2015, p. 17: "commanders would be subject to
 *   national guidance from both nations").
 * Active modifiers' friction factors scale both rates. Only the design's numbers drive them.
 */
export class Friction {
  readonly #processes: readonly Process[] = [
    { source: 'divided', stream: 'friction', on: false, pending: undefined },
    { source: 'dual', stream: 'friction/dual-guidance', on: false, pending: undefined },
  ];
  /** How many nations' authorities each headquarters' chain answers to, by headquarters id. */
  readonly #governments = new Map<string, number>();
  #next = 1;
  // Counts over engaged forces, kept as forces engage and change hands, so judging whether
  // command is divided costs O(1) per change instead of a scan of every engaged force.
  readonly #byNation = new Map<string, number>();
  readonly #byHolder = new Map<string, number>();
  /** Engaged forces per holder and nation, for combined holders only (dual guidance). */
  readonly #combinedNations = new Map<string, Map<string, number>>();

  constructor(
    private readonly run: Run,
    private readonly commands: CommandState,
    private readonly bodies: Bodies,
    engagement: Engagement,
    private readonly model: FrictionModel | undefined,
  ) {
    if (!model) return;
    const nationOf = (i: number) => run.model.forces[i]!.nation;
    commands.opconChanged.push((i, from, to) => {
      if (!engagement.forces.has(i)) return;
      bump(this.#byHolder, from, -1);
      bump(this.#byHolder, to, 1);
      this.#countCombined(from, nationOf(i), -1);
      this.#countCombined(to, nationOf(i), 1);
    });
    commands.changed.push(() => this.recheck());
    engagement.changed.push((i, engaged) => {
      const holder = commands.table[i]!.opcon;
      bump(this.#byNation, nationOf(i), engaged ? 1 : -1);
      bump(this.#byHolder, holder, engaged ? 1 : -1);
      this.#countCombined(holder, nationOf(i), engaged ? 1 : -1);
    });
    engagement.settled.push(() => this.recheck());
  }

  #countCombined(holder: string, nation: string, delta: number): void {
    if (this.commands.headquarters(holder)?.kind !== 'combined' || this.#governmentsOver(holder) < 2) return;
    let counts = this.#combinedNations.get(holder);
    if (!counts) this.#combinedNations.set(holder, (counts = new Map()));
    bump(counts, nation, delta);
  }

  /** Forces of several nations are engaged without one combined commander over them all. */
  #divided(): boolean {
    if (this.#byNation.size < 2) return false;
    if (this.#byHolder.size !== 1) return true;
    return this.commands.headquarters(this.#byHolder.keys().next().value!)?.kind !== 'combined';
  }

  /** A combined commander answering to several governments holds engaged forces of several nations. */
  #dual(): boolean {
    for (const counts of this.#combinedNations.values()) if (counts.size >= 2) return true;
    return false;
  }

  /** How many nations' authorities the chain above headquarters `id` answers to. */
  #governmentsOver(id: string): number {
    const known = this.#governments.get(id);
    if (known !== undefined) return known;
    const { design } = this.run.model;
    const nations = new Set<string>();
    const seen = new Set<string>();
    for (let hq = this.commands.headquarters(id); hq && !seen.has(hq.id); hq = hq.parent === undefined ? undefined : this.commands.headquarters(hq.parent)) {
      seen.add(hq.id);
      for (const a of hq.authorities) {
        const nation = design.authorities.find((x) => x.id === a)?.nation;
        if (nation !== undefined) nations.add(nation);
      }
    }
    this.#governments.set(id, nations.size);
    return nations.size;
  }

  recheck(): void {
    if (!this.model) return;
    for (const p of this.#processes) {
      const on = p.source === 'divided' ? this.#divided() : this.#dual();
      if (on === p.on) continue;
      p.on = on;
      if (on) this.#scheduleArrival(p);
      else if (p.pending !== undefined) {
        this.run.clock.clearTimeout(p.pending);
        p.pending = undefined;
      }
    }
  }

  #scheduleArrival(p: Process): void {
    const run = this.run;
    const base = p.source === 'divided' ? this.model!.ratePerDay : (this.model!.dualGuidance?.ratePerDay ?? 0);
    let factor = 1;
    run.model.design.modifiers.forEach((m, i) => {
      if (run.vars.holds(m.when)) factor *= run.modifierFactors[i]!.friction;
    });
    const rate = base * factor;
    if (rate <= 0) return;
    const u = run.rng.fork(p.stream).next();
    const wait = toMinute((-Math.log(1 - u) / rate) * DAY);
    p.pending = run.clock.schedule(run.now + Math.max(wait, 60_000), PRIORITY.process, () => this.#arrive(p));
  }

  #arrive(p: Process): void {
    const run = this.run;
    p.pending = undefined;
    if (!p.on) return;
    const nations = [...this.#byNation.keys()].sort();
    const id = `friction-${this.#next++}`;
    const seq = run.log.emit({ type: 'friction', id, phase: 'start', nations, ...run.cause() });
    // Active coordination bodies shorten resolution: the most effective one sets the pace.
    const factor = Math.min(1, ...this.bodies.active().map((b) => b.latencyFactor));
    const resolution = sample(factor === 1 ? this.model!.resolution : scaleDistribution(this.model!.resolution, factor), run.rng.fork(p.stream));
    run.clock.schedule(run.now + resolution, PRIORITY.process, () => {
      run.log.emit({ type: 'friction', id, phase: 'resolved', nations, cause: seq });
    }, seq);
    this.#scheduleArrival(p);
  }
}

/** Adds `delta` to a count, deleting it at zero so `size` counts only present keys. */
function bump(counts: Map<string, number>, key: string, delta: number): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}
