import type { CommandHistory } from '../model/commandTable.js';
import type { LogRecord } from '../model/records.js';
import type { ScenarioModel } from '../model/scenario.js';
import type { Scalar } from '../model/theater.js';
import type { RunBudget } from '../model/runBudget.js';

/** Options of one run. */
export interface RunOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: string;
  /**
   * Keep every command-table snapshot (for `at`, viewers and checks). Sweeps turn it off: they
   * need only records.
   */
  readonly keepHistory?: boolean;
  /** Receives each record as it is made (sinks that stream); records are also returned unless `keepRecords` is false. */
  readonly onRecord?: (record: LogRecord) => void;
  readonly keepRecords?: boolean;
  /** The opcon version stamped into `run-start`. */
  readonly version?: string;
  /**
   * Sees every machine the run starts, every event it sends them and every stop, in order, with
   * the simulated time: the benchmark replays them on bare XState actors to price the engine.
   */
  readonly trace?: MachineTrace;
  /** Raises some of the run's budgets (records, steps per instant: docs/limits.md). */
  readonly budget?: Partial<RunBudget>;
}

/** A listener for the machine-level work of a run (see {@link RunOptions.trace}). */
export interface MachineTrace {
  start(id: string, logic: unknown, input: unknown, t: number): void;
  send(id: string, event: { type: string }, t: number): void;
  stop(id: string, t: number): void;
}

/** What a run leaves behind. */
export interface RunResult {
  readonly model: ScenarioModel;
  readonly seed: string;
  readonly records: readonly LogRecord[];
  /** Present when `keepHistory` (the default). */
  readonly history: CommandHistory | undefined;
  /**
   * Every change of a condition variable (`defcon`, `posture`, `rule.X`, `body.Y`, ...) in order,
   * present when `keepHistory`: theater state at any instant without re-running.
   */
  readonly theater: readonly { t: number; name: string; value: Scalar }[] | undefined;
  /** Names of the state machines of the run and their states at the end, for diagrams. */
  readonly machines: readonly MachineSummary[];
}

export interface MachineSummary {
  /** Log name, e.g. `theater.defcon`, `rule.cfc-wartime-opcon`, `body.acm`, `authority.us-president`. */
  readonly id: string;
  readonly kind: 'level' | 'handover' | 'body' | 'decision' | 'joint-decision' | 'friction';
  readonly state: string;
}
