import type { SimTime } from '../../model/time.js';
import type { ViewModel } from '../viewModel.js';

/** Linear time, or every distinct step instant evenly spaced (keeps short changes visible in a long run). */
export type AxisMode = 'time' | 'changes';

/** Maps instants to [0, 1] across the track and back. */
export interface TimeAxis {
  readonly mode: AxisMode;
  /** The distinct instants of steps, with the run's start and end (the even axis's knots). */
  readonly knots: readonly SimTime[];
  x(t: SimTime): number;
  /** The instant at fraction x, rounded to the minute. */
  at(x: number): SimTime;
}

const MIN = 60_000;

/** The axis of a run in a mode. */
export function timeAxis(vm: ViewModel, mode: AxisMode): TimeAxis {
  const { start, end } = vm.identity;
  const knots = [start, ...vm.steps.map((s) => s.t), end].filter((t, i, a) => i === 0 || t > a[i - 1]!);
  const x = (t: SimTime): number => {
    if (end <= start) return 0;
    if (mode === 'time' || knots.length < 2) return Math.min(1, Math.max(0, (t - start) / (end - start)));
    let lo = 0;
    let hi = knots.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (knots[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    const span = knots[lo + 1]! - knots[lo]!;
    const frac = span > 0 ? Math.min(1, Math.max(0, (t - knots[lo]!) / span)) : 0;
    return (lo + frac) / (knots.length - 1);
  };
  const at = (fraction: number): SimTime => {
    // Inverse of x by bisection: exact enough at one-minute resolution for both axes.
    let lo = start;
    let hi = end;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (x(mid) < fraction) lo = mid;
      else hi = mid;
    }
    return Math.round(hi / MIN) * MIN;
  };
  return { mode, knots, x, at };
}
