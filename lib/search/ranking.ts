/**
 * Puts a query's matches in order only as far as they are read. A broad query at 10,000 entries
 * matches thousands of pages, of which a reader sees the first page: those are picked out of the
 * rest (a heap of the best so far) and sorted, and the next page is picked the same way when it is
 * asked for. The order is the one a full sort gives, since `before` never ties two matches.
 */

/** Negative when match `a` ranks before match `b`; never 0 for two different matches. */
export type Before = (a: number, b: number) => number;

export class Ranking {
  /** Matches 0 to `count` − 1; the first `sorted` of them in their final order, the rest in any. */
  private readonly order: Int32Array;
  private sorted = 0;

  constructor(
    readonly count: number,
    private readonly before: Before,
  ) {
    this.order = new Int32Array(count);
    for (let i = 0; i < count; i++) this.order[i] = i;
  }

  /** The first `n` matches (fewer when there are fewer), in order. */
  first(n: number): Int32Array {
    const end = Math.min(Math.max(n, 0), this.count);
    if (end > this.sorted) this.extend(end);
    return this.order.subarray(0, end);
  }

  /** Puts matches `sorted` to `end` − 1 in order: the best `end` − `sorted` of those not yet in order. */
  private extend(end: number): void {
    const rest = this.order.subarray(this.sorted);
    const wanted = end - this.sorted;
    // Asked for most of what is left (the whole list, or a last page): sorting it all is as quick.
    if (wanted * 4 >= rest.length) {
      rest.sort(this.before);
      this.sorted = this.count;
      return;
    }
    const best = this.pick(rest, wanted).sort(this.before);
    const chosen = new Uint8Array(this.count);
    for (const match of best) chosen[match] = 1;
    // The others move up behind the chosen, in place, from the back so none is overwritten unread.
    let to = rest.length;
    for (let from = rest.length - 1; from >= 0; from--) if (chosen[rest[from]!] === 0) rest[--to] = rest[from]!;
    rest.set(best, 0);
    this.sorted = end;
  }

  /** The best `k` of `matches`, in no order: a heap whose root is the worst of the best so far. */
  private pick(matches: Int32Array, k: number): Int32Array {
    const heap = new Int32Array(k);
    const before = this.before;
    let size = 0;
    // The worse of two matches goes up, so the root is the first to give way to a better match.
    const worse = (a: number, b: number) => before(heap[a]!, heap[b]!) > 0;
    const siftDown = (from: number) => {
      let at = from;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= size) return;
        const child = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
        if (!worse(child, at)) return;
        [heap[at], heap[child]] = [heap[child]!, heap[at]!];
        at = child;
      }
    };
    for (const match of matches) {
      if (size < k) {
        heap[size] = match;
        let at = size++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (!worse(at, parent)) break;
          [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
          at = parent;
        }
      } else if (before(match, heap[0]!) < 0) {
        heap[0] = match;
        siftDown(0);
      }
    }
    return heap;
  }
}
