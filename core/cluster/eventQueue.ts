/** A binary min-heap of timed events: the discrete-event simulation's agenda. */

/** An event at `timeS` seconds; ties run in the order they were added. */
export interface Timed {
  timeS: number;
}

/** A priority queue ordered by time, then by insertion (so a run is deterministic). */
export class EventQueue<E extends Timed> {
  private readonly heap: Array<{ e: E; n: number }> = [];
  private added = 0;

  /** Number of events waiting. */
  get size(): number {
    return this.heap.length;
  }

  /** Adds an event. */
  push(e: E): void {
    const h = this.heap;
    h.push({ e, n: this.added++ });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  /** Time of the earliest event, or Infinity when there is none. */
  peekTime(): number {
    return this.heap[0]?.e.timeS ?? Infinity;
  }

  /** Removes and returns the earliest event. */
  pop(): E | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (!top || !last) return undefined;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top.e;
  }

  private less(a: { e: E; n: number }, b: { e: E; n: number }): boolean {
    return a.e.timeS < b.e.timeS || (a.e.timeS === b.e.timeS && a.n < b.n);
  }
}
