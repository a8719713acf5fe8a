import seedrandom from 'seedrandom';
import type { UniformSource } from '../model/distribution.js';

/**
 * Named random streams derived from one run seed. Each process draws from its own stream
 * (`event/ID`, `rule/ID`, `authority/ID`), so adding an event or a rule never shifts another's
 * draws, and the same scenario under two designs sees the same dice for what they share
 * (common random numbers for comparisons).
 *
 * Every draw comes from seedrandom's Alea generator (~3x faster than its ARC4; `double()` gives
 * 53-bit values, platform-notes.md). A run opens a few dozen streams, and Alea's own string
 * seeding (three float-hash passes over the seed text) was 5% of a short run, so each stream's
 * Alea state is instead set from a 128-bit hash of (seed, name) whose seed prefix is hashed
 * once per run.
 */
export class RngStreams {
  readonly #streams = new Map<string, UniformSource>();
  readonly #prefix: HashState;

  constructor(readonly seed: string) {
    this.#prefix = hashText(initialHash(), `${seed}\u0000`);
  }

  /** The stream named `name`, created on first use from `seed` and `name` alone. */
  fork(name: string): UniformSource {
    let s = this.#streams.get(name);
    if (!s) {
      const [a, b, c, d] = finish(hashText(this.#prefix.slice() as HashState, name));
      // Alea's state: three fractions in [0, 1) and a carry (as its own seeding leaves them).
      const state = { c: 1 + (d % 4), s0: a / 2 ** 32 || 0.5, s1: b / 2 ** 32 || 0.25, s2: c / 2 ** 32 || 0.125 };
      // double() reads no `this`: hand it over as is (no wrapper closure per stream).
      s = { next: seedrandom.alea('', { state }).double };
      this.#streams.set(name, s);
    }
    return s;
  }
}

type HashState = [number, number, number, number];

const initialHash = (): HashState => [1779033703, 3144134277, 1013904242, 2773480762];

/** cyrb128's mixing step over the characters of `text`, continuing from `h` (mutated). */
function hashText(h: HashState, text: string): HashState {
  let [h1, h2, h3, h4] = h;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h[0] = h1;
  h[1] = h2;
  h[2] = h3;
  h[3] = h4;
  return h;
}

/** cyrb128's final avalanche: four well-mixed unsigned 32-bit words. */
function finish(h: HashState): [number, number, number, number] {
  let [h1, h2, h3, h4] = h;
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Per-run seed for run `index` of a batch rooted at `rootSeed` (same for every design). */
export function deriveRunSeed(rootSeed: string, index: number): string {
  const prng = seedrandom.alea(`${rootSeed}\u0000run\u0000${index}`);
  // 2^53 range keeps the seed an exact integer, easy to pass back as `--seed`.
  return String(Math.floor(prng.double() * 2 ** 53));
}
