import type { Duration } from './time.js';
import { formatDuration, toMinute } from './time.js';

/**
 * A delay or latency distribution, in milliseconds. Every model latency is one of these, read
 * from a design or scenario file where it carries its `source:` or `assumption:`.
 */
export type Distribution =
  | { readonly kind: 'fixed'; readonly value: Duration }
  | { readonly kind: 'uniform'; readonly min: Duration; readonly max: Duration }
  | { readonly kind: 'triangular'; readonly min: Duration; readonly mode: Duration; readonly max: Duration }
  | { readonly kind: 'lognormal'; readonly median: Duration; readonly sigma: number; readonly max?: Duration };

/** A source of uniform doubles in [0, 1); see `engine/rng.ts`. */
export interface UniformSource {
  next(): number;
}

/** The zero delay. */
export const IMMEDIATE: Distribution = { kind: 'fixed', value: 0 };

/**
 * Draws one value, rounded to the minute and never negative. Draws exactly one uniform for
 * fixed (so adding a distribution never shifts later draws of the same stream differently
 * depending on its kind) except lognormal, which draws two (Box-Muller).
 */
export function sample(dist: Distribution, rng: UniformSource): Duration {
  switch (dist.kind) {
    case 'fixed':
      rng.next();
      return dist.value;
    case 'uniform':
      return toMinute(dist.min + (dist.max - dist.min) * rng.next());
    case 'triangular': {
      const { min, mode, max } = dist;
      const u = rng.next();
      if (max === min) return min;
      const f = (mode - min) / (max - min);
      const v = u < f ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      return toMinute(v);
    }
    case 'lognormal': {
      const u1 = 1 - rng.next(); // (0, 1]: log is finite
      const u2 = rng.next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      const v = dist.median * Math.exp(dist.sigma * z);
      return toMinute(Math.max(0, dist.max === undefined ? v : Math.min(dist.max, v)));
    }
  }
}

/** Multiplies every duration of a distribution (co-location and meeting effects scale latencies). */
export function scaleDistribution(dist: Distribution, factor: number): Distribution {
  const s = (v: Duration) => toMinute(v * factor);
  switch (dist.kind) {
    case 'fixed':
      return { kind: 'fixed', value: s(dist.value) };
    case 'uniform':
      return { kind: 'uniform', min: s(dist.min), max: s(dist.max) };
    case 'triangular':
      return { kind: 'triangular', min: s(dist.min), mode: s(dist.mode), max: s(dist.max) };
    case 'lognormal':
      return dist.max === undefined
        ? { kind: 'lognormal', median: s(dist.median), sigma: dist.sigma }
        : { kind: 'lognormal', median: s(dist.median), sigma: dist.sigma, max: s(dist.max) };
  }
}

/** The distribution's central value (median or mode-ish), used in narration and docs. */
export function typicalValue(dist: Distribution): Duration {
  switch (dist.kind) {
    case 'fixed':
      return dist.value;
    case 'uniform':
      return toMinute((dist.min + dist.max) / 2);
    case 'triangular':
      return dist.mode;
    case 'lognormal':
      return dist.median;
  }
}

/**
 * A distribution in words for diagrams and references: `6h`, `uniform 2h-12h`,
 * `triangular 1h/4h/1d`, `lognormal median 6h` (`full` adds sigma and the cap).
 */
export function describeDistribution(d: Distribution, full = false): string {
  const f = formatDuration;
  switch (d.kind) {
    case 'fixed':
      return f(d.value);
    case 'uniform':
      return `uniform ${f(d.min)}-${f(d.max)}`;
    case 'triangular':
      return `triangular ${f(d.min)}/${f(d.mode)}/${f(d.max)}`;
    case 'lognormal':
      return full ? `lognormal median ${f(d.median)}, sigma ${d.sigma}${d.max === undefined ? '' : `, max ${f(d.max)}`}` : `lognormal median ${f(d.median)}`;
  }
}
