import type { LogRecord, RecordBody } from '../model/records.js';
import { formatIso } from '../model/time.js';

/**
 * Stamps records with `seq` and `t` in simulation order, and hands them to the run's sinks.
 * The ISO string of the current minute is cached: many records share an instant.
 */
export class Recorder {
  readonly records: LogRecord[] = [];
  #seq = 0;
  #isoTime = Number.NaN;
  #iso = '';

  constructor(
    private readonly now: () => number,
    private readonly keep: boolean,
    private readonly onRecord: ((r: LogRecord) => void) | undefined,
    /** Records allowed (the run's budget); `overLimit` hears, once, of the first one past it. */
    private readonly limit = Number.POSITIVE_INFINITY,
    private readonly overLimit: () => void = () => {},
  ) {}

  /** Appends a record; returns its seq. */
  emit(body: RecordBody): number {
    const t = this.now();
    if (t !== this.#isoTime) {
      this.#isoTime = t;
      this.#iso = formatIso(t);
    }
    const seq = this.#seq++;
    if (seq === this.limit) this.overLimit();
    // seq and t first: the JSONL contract reads best with them leading each line.
    const record = { seq, t: this.#iso, ...body } as LogRecord;
    if (this.keep) this.records.push(record);
    this.onRecord?.(record);
    return seq;
  }

  get count(): number {
    return this.#seq;
  }
}
