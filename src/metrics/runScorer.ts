import { parseRecordTime } from '../model/time.js';
import type { LogRecord } from '../model/records.js';
import { c2Approach } from './c2Approach.js';
import { coordinationGap } from './coordinationGap.js';
import { decisionLatency } from './decisionLatency.js';
import { eventCounts } from './eventCounts.js';
import { forceHoursInTransfer } from './forceHoursInTransfer.js';
import { friction } from './friction.js';
import type { MetricReducer, MetricRow } from './metricReducer.js';
import { RunState } from './runState.js';
import { transferLatency } from './transferLatency.js';
import { unityOfCommand } from './unityOfCommand.js';

/** Every metric of docs/metrics.md, fresh for one run. */
export function allMetrics(): MetricReducer[] {
  return [decisionLatency(), transferLatency(), unityOfCommand(), coordinationGap(), friction(), eventCounts(), forceHoursInTransfer(), c2Approach()];
}

/**
 * Scores one run from its records as they stream (`onRecord`), holding only the metric state,
 * never the records. Feed every record in order, then call {@link RunScorer.finish}.
 */
export class RunScorer {
  readonly state = new RunState();
  readonly #metrics: MetricReducer[];
  #last: number | undefined;
  #end: number | undefined;
  #lastIso = '';
  #lastMs = 0;

  /** Reducers with a `span`, and reducers by the record types they read: every record goes
   *  through the scorer, so each one reaches only the reducers that want it. */
  readonly #spanners: MetricReducer[];
  readonly #byType = new Map<string, MetricReducer[]>();
  readonly #anyType: MetricReducer[];

  constructor(metrics: MetricReducer[] = allMetrics()) {
    this.#metrics = metrics;
    this.#spanners = metrics.filter((m) => m.span);
    this.#anyType = metrics.filter((m) => m.record && !m.types);
    for (const m of metrics) {
      if (!m.record || !m.types) continue;
      for (const type of m.types) {
        const list = this.#byType.get(type) ?? [];
        list.push(m);
        this.#byType.set(type, list);
      }
    }
  }

  push(r: LogRecord): void {
    // Records come in time order and often share a timestamp: parse each distinct one once.
    if (r.t !== this.#lastIso) {
      this.#lastIso = r.t;
      this.#lastMs = parseRecordTime(r.t);
    }
    const t = this.#lastMs;
    if (this.#last !== undefined && t > this.#last) {
      for (const m of this.#spanners) m.span!(this.state, this.#last, t);
    }
    if (this.#last === undefined || t > this.#last) this.#last = t;
    if (r.type === 'run-end') this.#end = t;
    this.state.apply(r);
    const wanting = this.#byType.get(r.type);
    if (wanting) for (const m of wanting) m.record!(this.state, r, t);
    for (const m of this.#anyType) m.record!(this.state, r, t);
  }

  /**
   * The run's metrics. The final state holds from the last record to the run's end (the
   * `run-end` record, else the planned end from `run-start`, else the last record).
   */
  finish(): MetricRow {
    const last = this.#last ?? 0;
    const end = Math.max(last, this.#end ?? (this.state.end || last));
    for (const m of this.#metrics) m.span?.(this.state, last, end);
    const row: MetricRow = {};
    for (const m of this.#metrics) m.finish(this.state, end, row);
    return row;
  }
}

/** Scores a complete log (e.g. a saved JSONL file read back). */
export function scoreRecords(records: Iterable<LogRecord>): MetricRow {
  const s = new RunScorer();
  for (const r of records) s.push(r);
  return s.finish();
}
