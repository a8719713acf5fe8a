import { InputError, type Problem } from '../model/errors.js';
import { runChunk, type RunChunk, type RunRow } from './runChunk.js';

/** A chunk a worker refused (bad input met at run time, such as a run over its budget). */
export interface WorkerRefusal {
  readonly refused: readonly Problem[];
}

/**
 * The worker-thread entry tinypool loads (from dist/, as `dist/sweep/worker.js`): runs a chunk
 * and returns only its metric rows, never records, so messages stay small. An InputError comes
 * back as data: thrown across threads it would arrive as a plain Error (a bug, exit 70) instead
 * of the user's problem (exit 2).
 */
export default function work(chunk: RunChunk): RunRow[] | WorkerRefusal {
  try {
    return runChunk(chunk);
  } catch (err) {
    if (err instanceof InputError) return { refused: err.problems };
    throw err;
  }
}

/** A worker's answer as rows, rethrowing a refusal as the InputError it was. */
export function rowsOf(answer: RunRow[] | WorkerRefusal): RunRow[] {
  if (Array.isArray(answer)) return answer;
  throw new InputError(answer.refused);
}
