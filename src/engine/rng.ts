import seedrandom from 'seedrandom';
import type { UniformSource } from '../model/distribution.js';

/**
 * Named random streams derived from one run seed. Each process draws from its own stream
 * (`timeline/event-3`, `rule/cfc-wartime-opcon`, `authority/us-president`), so adding an event
 * or a rule never shifts another's draws, and the same scenario under two designs sees the same
 * dice for what they share (common random numbers for comparisons).
 */
export class RngStreams {
  readonly #streams = new Map<string, UniformSource>();
  constructor(readonly seed: string) {}

  /** The stream named `name`, created on first use from `seed` and `name` alone. */
  fork(name: string): UniformSource {
    let s = this.#streams.get(name);
    if (!s) {
      // alea: ~3x faster than ARC4; double() gives 53-bit values (platform-notes.md).
      // double() reads no `this`: hand it over as is (no wrapper closure per stream).
      s = { next: seedrandom.alea(`${this.seed}\u0000${name}`).double };
      this.#streams.set(name, s);
    }
    return s;
  }
}

/** Per-run seed for run `index` of a batch rooted at `rootSeed` (same for every design). */
export function deriveRunSeed(rootSeed: string, index: number): string {
  const prng = seedrandom.alea(`${rootSeed}\u0000run\u0000${index}`);
  // 2^53 range keeps the seed an exact integer, easy to pass back as `--seed`.
  return String(Math.floor(prng.double() * 2 ** 53));
}
