import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { EventQueue } from '../../../src/engine/eventQueue.js';

describe('EventQueue', () => {
  it('orders by time, then priority, then insertion', () => {
    const q = new EventQueue<string>();
    q.push(10, 1, 'b');
    q.push(10, 0, 'a');
    q.push(5, 9, 'first');
    q.push(10, 1, 'c');
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.item);
    expect(out).toEqual(['first', 'a', 'b', 'c']);
  });

  fcTest.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 })), { maxLength: 200 })])(
    'pops exactly a stable sort of what was pushed',
    (items) => {
      const q = new EventQueue<number>();
      items.forEach(([t, p], i) => q.push(t, p, i));
      const expected = items.map(([t, p], i) => ({ t, p, i })).sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i).map((x) => x.i);
      const out: number[] = [];
      for (let e = q.pop(); e; e = q.pop()) out.push(e.item);
      expect(out).toEqual(expected);
    },
  );
});
