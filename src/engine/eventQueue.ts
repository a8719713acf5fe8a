/**
 * A binary min-heap of scheduled work ordered by (time, priority, sequence number). The sequence
 * number is assigned on insertion, so two entries with equal time and priority always leave in
 * insertion order: the run never depends on how a sort treats ties.
 */
export interface QueueEntry<T> {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  readonly item: T;
}

function before(a: QueueEntry<unknown>, b: QueueEntry<unknown>): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

export class EventQueue<T> {
  readonly #heap: QueueEntry<T>[] = [];
  #nextSeq = 0;

  get size(): number {
    return this.#heap.length;
  }

  /** Adds an item; returns its sequence number (unique, increasing). */
  push(time: number, priority: number, item: T): number {
    const entry: QueueEntry<T> = { time, priority, seq: this.#nextSeq++, item };
    const h = this.#heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
    return entry.seq;
  }

  peek(): QueueEntry<T> | undefined {
    return this.#heap[0];
  }

  pop(): QueueEntry<T> | undefined {
    const h = this.#heap;
    const top = h[0];
    if (top === undefined) return undefined;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
