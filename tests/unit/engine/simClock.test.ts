import { describe, expect, it } from 'vitest';
import { SimClock, PRIORITY } from '../../../src/engine/simClock.js';
import { MINUTE } from '../../../src/model/time.js';

describe('SimClock', () => {
  it('fires chained timers each at its own time on one big jump (unlike XState SimulatedClock)', () => {
    const clock = new SimClock(0);
    const fired: number[] = [];
    const chain = (n: number) => {
      fired.push(clock.now);
      if (n > 0) clock.setTimeout(() => chain(n - 1), 10 * MINUTE);
    };
    clock.setTimeout(() => chain(3), 10 * MINUTE);
    clock.runUntil(1_000 * MINUTE);
    expect(fired).toEqual([10, 20, 30, 40].map((m) => m * MINUTE));
    expect(clock.now).toBe(1_000 * MINUTE);
  });

  it('cancels with clearTimeout and never fires past the horizon', () => {
    const clock = new SimClock(0);
    const fired: string[] = [];
    const id = clock.setTimeout(() => fired.push('cancelled'), MINUTE);
    clock.setTimeout(() => fired.push('late'), 100 * MINUTE);
    clock.clearTimeout(id);
    clock.runUntil(50 * MINUTE);
    expect(fired).toEqual([]);
    clock.runUntil(100 * MINUTE);
    expect(fired).toEqual(['late']);
  });

  it('runs machine timers before scenario events at the same minute', () => {
    const clock = new SimClock(0);
    const fired: string[] = [];
    clock.schedule(5 * MINUTE, PRIORITY.scenarioEvent, () => fired.push('event'));
    clock.setTimeout(() => fired.push('timer'), 5 * MINUTE);
    clock.runUntil(10 * MINUTE);
    expect(fired).toEqual(['timer', 'event']);
  });

  it('rounds delays to the minute', () => {
    const clock = new SimClock(0);
    let at = -1;
    clock.setTimeout(() => (at = clock.now), 89_000);
    clock.runUntil(10 * MINUTE);
    expect(at).toBe(MINUTE);
  });
});
