import { runChunk, type RunChunk, type RunRow } from './runChunk.js';
import { rowsOf, type WorkerRefusal } from './worker.js';

/** How chunks are run. */
export interface PoolOptions {
  /** Worker threads; 1 runs in this thread (no start-up or messaging cost). */
  readonly workers: number;
  /**
   * Stops the pool promptly: no new chunk starts, and chunks running in worker threads are
   * abandoned (their threads terminated; none of their rows was delivered, so `--resume` runs
   * them again). In this thread it takes effect between runs.
   */
  readonly signal?: AbortSignal;
  /** The compiled worker module (default: `worker.js` beside this file, i.e. in dist/). */
  readonly workerFile?: string | URL;
}

/**
 * Runs chunks, delivering each chunk's rows as soon as it finishes (completion order, which
 * callers must not rely on). Keeps only a few chunks in flight, so memory does not grow with
 * the number of runs. Resolves when every chunk ran or the signal aborted.
 */
export async function runPool(chunks: Iterable<RunChunk>, options: PoolOptions, onRows: (rows: RunRow[]) => void): Promise<void> {
  if (options.workers <= 1) {
    for (const chunk of chunks) {
      // One run at a time, yielding between runs so a signal handler (Ctrl-C) runs within one
      // run's time (bounded by the run budgets), not a whole chunk's.
      for (const run of chunk.runs) {
        if (options.signal?.aborted) return;
        onRows(runChunk({ ...chunk, runs: [run] }));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return;
  }
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: (options.workerFile ?? new URL('./worker.js', import.meta.url)).toString(),
    minThreads: options.workers,
    maxThreads: options.workers,
  });
  const it = chunks[Symbol.iterator]();
  let failure: unknown;
  const lane = async (): Promise<void> => {
    for (;;) {
      if (options.signal?.aborted || failure !== undefined) return;
      const next = it.next();
      if (next.done) return;
      try {
        onRows(rowsOf((await pool.run(next.value, options.signal ? { signal: options.signal } : {})) as RunRow[] | WorkerRefusal));
      } catch (err) {
        // An abandoned chunk is not a failure: the caller asked to stop.
        if (options.signal?.aborted) return;
        failure ??= err;
      }
    }
  };
  try {
    // Two lanes per worker keep every thread busy while the main thread writes results.
    await Promise.all(Array.from({ length: options.workers * 2 }, lane));
  } finally {
    await pool.destroy();
  }
  if (failure !== undefined) throw failure;
}
