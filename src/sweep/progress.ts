/** Where progress goes: stderr in the CLI. */
export interface ProgressSink {
  write(text: string): void;
  readonly isTTY: boolean;
}

/**
 * A progress line for long studies: a bar with runs/s and ETA, redrawn in place on a terminal
 * (at most 10 times a second), or plain lines every 10% or 10 s when stderr is a file or pipe.
 * Time is injected (`now`, milliseconds) so the reporter stays deterministic under test.
 */
export class Progress {
  readonly #start: number;
  #lastDraw = -Infinity;
  #lastPlainStep = -1;
  #lastPlainAt: number;
  #done: number;

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    private readonly now: () => number,
    /** Runs already on disk when resuming: not counted in the rate. */
    private readonly already = 0,
  ) {
    this.#start = now();
    this.#lastPlainAt = this.#start;
    this.#done = already;
  }

  /** Adds finished runs and redraws when due. */
  tick(runs: number): void {
    this.#done += runs;
    const t = this.now();
    if (this.sink.isTTY) {
      if (t - this.#lastDraw >= 100 || this.#done === this.total) {
        this.#lastDraw = t;
        this.sink.write(`\r${this.line(t)}\x1b[K`);
      }
      return;
    }
    const step = Math.floor((10 * this.#done) / Math.max(1, this.total));
    if (step > this.#lastPlainStep || t - this.#lastPlainAt >= 10_000) {
      this.#lastPlainStep = step;
      this.#lastPlainAt = t;
      this.sink.write(`${this.line(t)}\n`);
    }
  }

  /** Ends the in-place line. */
  finish(): void {
    if (this.sink.isTTY) this.sink.write(`\r${this.line(this.now())}\x1b[K\n`);
  }

  /** `[#####-----]  512/1000  51%  830 runs/s  ETA 0:00:01` */
  line(t: number): string {
    const frac = this.total > 0 ? this.#done / this.total : 1;
    const width = 24;
    const filled = Math.round(frac * width);
    const secs = (t - this.#start) / 1000;
    const rate = secs > 0 ? (this.#done - this.already) / secs : 0;
    const eta = rate > 0 ? (this.total - this.#done) / rate : Number.NaN;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.#done}/${this.total} ${Math.floor(frac * 100)}% ${rate.toFixed(0)} runs/s ETA ${clock(eta)}`;
  }
}

function clock(secs: number): string {
  if (!Number.isFinite(secs)) return '?';
  const s = Math.round(secs);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
