import { createActor, type AnyActorLogic, type Actor, type AnyActorRef } from 'xstate';
import type { ScenarioModel } from '../model/scenario.js';
import type { Duration } from '../model/time.js';
import type { Distribution } from '../model/distribution.js';
import { sample, scaleDistribution } from '../model/distribution.js';
import { modifierFactors, type Modifier } from '../model/design.js';
import { SimClock } from './simClock.js';
import { RngStreams } from './rng.js';
import { Recorder } from './recorder.js';
import { Variables } from './variables.js';
import type { RunOptions, MachineSummary } from './api.js';
import { InputError, InvariantViolation } from '../model/errors.js';
import { resolveRunBudget, type RunBudget } from '../model/runBudget.js';
import { formatIso } from '../model/time.js';

/** Steps watched past an instant's budget to see which machines keep changing state. */
const DIAGNOSIS_STEPS = 2_000;

/** A running process machine, as the engine tracks it. */
export interface Process<TLogic extends AnyActorLogic = AnyActorLogic> {
  readonly id: string;
  readonly kind: MachineSummary['kind'];
  readonly actor: Actor<TLogic>;
  /** Current state name (flat machines: the snapshot's value). */
  state: string;
}

/**
 * The shared services of one run: clock, random streams, log, variables and the agenda of
 * deferred work. Process modules (levels, decisions, rules, bodies, timeline, friction) receive
 * it; none of them knows about the others except through it.
 */
export class Run {
  readonly clock: SimClock;
  readonly rng: RngStreams;
  readonly log: Recorder;
  readonly vars: Variables;
  readonly processes: Process[] = [];
  /** Each design modifier's factors, fixed for the run (parameters do not change within one). */
  readonly modifierFactors: readonly { latency: number; friction: number }[];
  /** Work deferred to the end of the current instant's step, FIFO. */
  readonly #agenda: { work: () => void; cause: number | undefined }[] = [];
  #failure: unknown;
  readonly budget: RunBudget;
  /** The instant whose steps are being counted, and the count (see {@link RunBudget.maxStepsPerInstant}). */
  #instant = Number.NaN;
  #steps = 0;
  /** The step budget as a plain field: read once per step. */
  readonly #maxSteps: number;
  /** Once an instant is over its step budget: state changes per machine, to name the runaway ones. */
  #firing: Map<string, number> | undefined;
  #historyCells = 0;
  #snapshots = 0;

  constructor(
    readonly model: ScenarioModel,
    readonly seed: string,
    readonly options: RunOptions,
  ) {
    this.clock = new SimClock(model.start);
    this.rng = new RngStreams(seed);
    this.budget = resolveRunBudget(options.budget);
    this.#maxSteps = this.budget.maxStepsPerInstant;
    this.log = new Recorder(() => this.clock.now, options.keepRecords ?? true, options.onRecord, this.budget.maxRecords, () => {
      // Raised from inside a machine's callback: kept, and thrown by drain once the step ends.
      this.#failure ??= this.#overRecordBudget();
    });
    this.vars = new Variables((w) => this.defer(w), () => this.clock.now, options.keepHistory ?? true);
    this.clock.afterEach = () => this.drain();
    this.modifierFactors = model.design.modifiers.map((m) => modifierFactors(m, model.design.parameters));
  }

  get now(): number {
    return this.clock.now;
  }

  /** Queues work for later in this instant, remembering which record caused it. */
  defer(work: () => void, cause = this.clock.currentCause): void {
    this.#agenda.push({ work, cause });
  }

  /** Runs deferred work until none is left (work may queue more). */
  drain(): void {
    if (this.clock.now !== this.#instant) {
      // Over budget, and the loop ended by itself while being watched: still over budget.
      if (this.#firing) this.#overStepBudget(true);
      this.#instant = this.clock.now;
      this.#steps = 0;
    }
    for (let i = 0; i < this.#agenda.length; i++) {
      // Every loop of conditions and state changes passes through this agenda: counting here
      // bounds any runaway at one instant for the price of one increment per step.
      if (++this.#steps > this.#maxSteps) this.#overStepBudget();
      const { work, cause } = this.#agenda[i]!;
      const saved = this.clock.currentCause;
      this.clock.currentCause = cause;
      work();
      this.clock.currentCause = saved;
      this.#throwIfFailed();
    }
    this.#agenda.length = 0;
    this.#throwIfFailed();
  }

  /** Stops the run if its last instant went over the step budget (call after the final drain). */
  checkBudget(): void {
    if (this.#firing) this.#overStepBudget(true);
  }

  /** Runs `work` with `cause` as the cause of every record and timer it makes. */
  withCause<T>(cause: number | undefined, work: () => T): T {
    const saved = this.clock.currentCause;
    this.clock.currentCause = cause;
    try {
      return work();
    } finally {
      this.clock.currentCause = saved;
    }
  }

  /**
   * Starts a process machine as an independent root actor on the run's clock (never a child:
   * spawning many children is costly, platform-notes.md). `onChange` sees each state change
   * after the `state` record is written; `log` false keeps internal machines out of the log.
   */
  start<TLogic extends AnyActorLogic>(
    id: string,
    kind: MachineSummary['kind'],
    logic: TLogic,
    input: unknown,
    onChange: (from: string, to: string, snapshot: ReturnType<Actor<TLogic>['getSnapshot']>, cause: number | undefined) => void,
    log = true,
    /**
     * Also report the state the machine starts in, as a change from `''` (unlogged). Machines
     * whose transient first state can settle at once (a decision with nothing to deliberate, a
     * request to nobody) need it; the theater's and rules' starting states are not news.
     */
    notifyInitial = false,
  ): Process<TLogic> {
    const actor = createActor(logic, { clock: this.clock, input, id } as never) as Actor<TLogic>;
    const proc: Process<TLogic> = { id, kind, actor, state: '' };
    actor.subscribe({
      next: (snapshot: any) => {
        const to = String(snapshot.value);
        // start() reports the initial snapshot: that is where the machine begins, not a change.
        if (proc.state === '') {
          proc.state = to;
          return;
        }
        if (this.#firing) this.#firing.set(id, (this.#firing.get(id) ?? 0) + 1);
        if (to === proc.state) {
          onChange(to, to, snapshot, this.clock.currentCause);
          return;
        }
        const from = proc.state;
        proc.state = to;
        const cause = log ? this.log.emit({ type: 'state', machine: id, from, to, ...this.cause() }) : this.clock.currentCause;
        // What the change sets off is caused by the change's own record.
        this.withCause(cause, () => onChange(from, to, snapshot, cause));
      },
      error: (err: unknown) => {
        this.#failure ??= err;
      },
    });
    this.options.trace?.start(id, logic, input, this.clock.now);
    actor.start();
    proc.state = String((actor.getSnapshot() as any).value);
    this.processes.push(proc as unknown as Process);
    if (notifyInitial) onChange('', proc.state, actor.getSnapshot() as never, this.clock.currentCause);
    return proc;
  }

  /** `{cause}` for a record when there is one (so absent causes leave no key). */
  cause(): { cause?: number } {
    const c = this.clock.currentCause;
    return c === undefined ? {} : { cause: c };
  }

  /**
   * Draws a latency from `dist` on stream `stream`, scaled by every active modifier that
   * `applies` selects (co-location, NSC meetings...: documented in the design file).
   */
  latency(stream: string, dist: Distribution, applies: (m: Modifier) => boolean): Duration {
    let factor = 1;
    const { modifiers } = this.model.design;
    for (let i = 0; i < modifiers.length; i++) {
      const m = modifiers[i]!;
      if (applies(m) && this.vars.holds(m.when)) factor *= this.modifierFactors[i]!.latency;
    }
    return sample(factor === 1 ? dist : scaleDistribution(dist, factor), this.rng.fork(stream));
  }

  /**
   * Past the step budget of an instant: first watch a few more steps to see which machines keep
   * changing state, then stop the run naming them (a loop no static check saw).
   */
  #overStepBudget(settled = false): void {
    if (!this.#firing) {
      this.#firing = new Map();
      return;
    }
    if (!settled && this.#steps <= this.budget.maxStepsPerInstant + DIAGNOSIS_STEPS) return;
    const top = [...this.#firing.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
    const who = top.length > 0 ? `${top.map(([m, n]) => `${m} (${n} changes)`).join(', ')} kept changing state` : 'conditions kept re-checking each other';
    this.#agenda.length = 0;
    throw InputError.at(
      undefined,
      `the run does not settle at ${formatIso(this.#instant)}: ${who}, over ${this.budget.maxStepsPerInstant} steps in one simulated instant`,
      'break the loop: trigger those rules and bodies on theater levels, facts or events rather than on each other, or give one a latency (docs/limits.md)',
      this.model.file,
    );
  }

  /**
   * Counts a kept command-table snapshot of `forces` entries against the history budget. Called
   * while a transfer is being applied (inside a machine's callback): an overrun is kept and
   * thrown by drain once the step ends.
   */
  chargeSnapshot(forces: number): void {
    this.#snapshots++;
    this.#historyCells += forces;
    if (this.#historyCells > this.budget.maxHistoryCells) {
      this.#failure ??= InputError.at(
        undefined,
        `the run keeps more than ${this.budget.maxHistoryCells} force entries of command history (${this.#snapshots} changes of the command table x ${forces} forces, reached at ${formatIso(this.clock.now)})`,
        'use fewer rules that each move few forces, fewer forces or a shorter run, or raise maxHistoryCells (docs/limits.md)',
        this.model.file,
      );
    }
  }

  #overRecordBudget(): InputError {
    return InputError.at(
      undefined,
      `the run writes more than ${this.budget.maxRecords} records (reached at ${formatIso(this.clock.now)}, run from ${formatIso(this.model.start)} to ${formatIso(this.model.end)})`,
      'shorten the run, lower the rates or the number of forces the rules move, or raise maxRecords (docs/limits.md)',
      this.model.file,
    );
  }

  fail(message: string): never {
    throw new InvariantViolation(message, this.seed, this.model.file);
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) {
      const err = this.#failure;
      this.#failure = undefined;
      throw err;
    }
  }

  send(proc: Process | undefined, event: { type: string } & Record<string, unknown>): void {
    if (!proc) return;
    this.options.trace?.send(proc.id, event, this.clock.now);
    (proc.actor as AnyActorRef).send(event);
  }

  stop(proc: Process): void {
    this.options.trace?.stop(proc.id, this.clock.now);
    proc.actor.stop();
  }
}
