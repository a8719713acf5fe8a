import { runChunk, type RunChunk, type RunRow } from './runChunk.js';

/**
 * The worker-thread entry tinypool loads (from dist/, as `dist/sweep/worker.js`): runs a chunk
 * and returns only its metric rows, never records, so messages stay small.
 */
export default function work(chunk: RunChunk): RunRow[] {
  return runChunk(chunk);
}
