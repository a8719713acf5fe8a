import { isLongRun } from '../narrate/narrationContext.js';
import { clock } from '../narrate/phrases.js';
import { DAY, HOUR, MINUTE, formatIso, formatRelative, type SimTime } from '../model/time.js';

/**
 * How the viewer writes instants of one run. A run of days reads in offsets from its start
 * (`T+1d6h`, the date beside it); a run of decades reads in dates (`1983-10-11`), since
 * `T+27735d` means nothing to a reader. Narration makes the same choice (`isLongRun`).
 */
export interface RunClock {
  readonly start: SimTime;
  readonly end: SimTime;
  readonly long: boolean;
  /** The main clock: `T+1d6h` or `1983-10-11 03:52 UTC`. */
  main(t: SimTime): string;
  /** The line under the main clock: the UTC date-time of a short run, the offset in years and days of a long one. */
  detail(t: SimTime): string;
  /** A compact label for an axis tick or a narration line: `T+1d6h`, `1983-10-11`. */
  short(t: SimTime): string;
}

/** `2026-03-01 06:00 UTC`, as narration writes it. */
export function utc(t: SimTime): string {
  return clock(t);
}

/** The clock for a run from `start` to `end`. */
export function runClock(start: SimTime, end: SimTime): RunClock {
  const long = isLongRun(start, end);
  return {
    start,
    end,
    long,
    main: (t) => (long ? utc(t) : formatRelative(t, start)),
    detail: (t) => (long ? `year ${yearsSince(start, t)} of the run` : utc(t)),
    short: (t) => (long ? formatIso(t).slice(0, 10) : formatRelative(t, start)),
  };
}

function yearsSince(start: SimTime, t: SimTime): number {
  return Math.floor((t - start) / (365.2425 * DAY)) + 1;
}

/** A label on the time axis: its instant, text, and left edge in pixels. */
export interface AxisLabel {
  readonly t: SimTime;
  readonly text: string;
  readonly left: number;
  readonly width: number;
}

/** Spacing between neighbouring labels, in pixels. */
const LABEL_GAP = 12;

/**
 * Keeps the labels that fit without overlapping, in order of priority: the first and last
 * candidates, then the others left to right. Each label is centred on its x, clamped inside
 * [0, width]. Pure; `measure` gives a text's width in pixels (the page measures with its font).
 */
export function fitLabels(candidates: readonly { t: SimTime; x: number; text: string }[], width: number, measure: (text: string) => number): AxisLabel[] {
  const placed = candidates.map((c) => {
    const w = measure(c.text);
    const left = Math.max(0, Math.min(width - w, c.x - w / 2));
    return { t: c.t, text: c.text, left, width: w };
  });
  if (placed.length === 0) return [];
  const order = [0, placed.length - 1, ...placed.map((_, i) => i).slice(1, -1)];
  const kept: AxisLabel[] = [];
  for (const i of [...new Set(order)]) {
    const p = placed[i]!;
    if (kept.every((k) => p.left + p.width + LABEL_GAP <= k.left || k.left + k.width + LABEL_GAP <= p.left)) kept.push(p);
  }
  return kept.sort((a, b) => a.left - b.left);
}

/** Tick spacings tried from the finest: minutes to a century. */
const SHORT_STEPS = [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 56 * DAY];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Candidate ticks for a linear axis at round instants: whole hours or days after the start for a
 * short run, 1 January of round years for a long one. The finest spacing whose labels fit is
 * chosen by {@link fitLabels}; this returns every spacing's candidates, finest first.
 */
export function linearTickSets(clock: RunClock): { t: SimTime; text: string }[][] {
  const { start, end } = clock;
  const sets: { t: SimTime; text: string }[][] = [];
  if (clock.long) {
    const first = new Date(start).getUTCFullYear();
    const last = new Date(end).getUTCFullYear();
    for (const step of YEAR_STEPS) {
      const set: { t: SimTime; text: string }[] = [];
      for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
        const t = Date.UTC(y, 0, 1);
        if (t >= start && t <= end) set.push({ t, text: String(y) });
      }
      if (set.length >= 2 || step === YEAR_STEPS[YEAR_STEPS.length - 1]) sets.push(set);
    }
  } else {
    for (const step of SHORT_STEPS) {
      if ((end - start) / step > 400) continue;
      const set: { t: SimTime; text: string }[] = [];
      for (let t = start; t <= end; t += step) set.push({ t, text: clock.short(t) });
      sets.push(set);
    }
  }
  return sets;
}

/**
 * Labels of a linear axis: the finest set of round ticks whose labels all fit side by side,
 * so labels never overlap and are evenly spread.
 */
export function linearAxisLabels(clock: RunClock, width: number, xOf: (t: SimTime) => number, measure: (text: string) => number): AxisLabel[] {
  const sets = linearTickSets(clock);
  for (const set of sets) {
    const fitted = fitLabels(set.map((c) => ({ ...c, x: xOf(c.t) * width })), width, measure);
    if (fitted.length === set.length) return fitted;
  }
  const coarsest = sets[sets.length - 1] ?? [];
  return fitLabels(coarsest.map((c) => ({ ...c, x: xOf(c.t) * width })), width, measure);
}
