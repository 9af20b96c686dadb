/**
 * Scores of the pages a query word matched, by page id. A common word at 10,000 entries matches
 * thousands of pages in each field; a Map of them cost more than the scores themselves (a boxed
 * number per page, rehashing as it grew), so scores sit in an array as long as the index, and
 * `ids` keeps the pages in the order first scored. A search uses several of these, each as long
 * as the index, so they are lent out by a pool and cleared for the next search rather than made
 * anew for every word (`PageScoresPool`).
 */
export class PageScores {
  private readonly order: Int32Array;
  private count = 0;
  private readonly values: Float64Array;
  private readonly scored: Uint8Array;

  /** `pages`: how many pages the index holds (ids 0 to `pages` − 1). */
  constructor(readonly pages: number) {
    this.order = new Int32Array(pages);
    this.values = new Float64Array(pages);
    this.scored = new Uint8Array(pages);
  }

  get size(): number {
    return this.count;
  }

  /** The pages scored, in the order first scored. */
  get ids(): Int32Array {
    return this.order.subarray(0, this.count);
  }

  /** The `i`-th page scored. */
  idAt(i: number): number {
    return this.order[i]!;
  }

  has(id: number): boolean {
    return this.scored[id] === 1;
  }

  /** The page's score, 0 when it was not scored. */
  get(id: number): number {
    return this.values[id]!;
  }

  set(id: number, score: number): void {
    if (this.scored[id] === 0) {
      this.scored[id] = 1;
      this.order[this.count++] = id;
    }
    this.values[id] = score;
  }

  /** Forgets every score, touching only the pages scored. */
  clear(): void {
    for (let i = 0; i < this.count; i++) {
      const id = this.order[i]!;
      this.scored[id] = 0;
      this.values[id] = 0;
    }
    this.count = 0;
  }
}

/** What one search borrowed: `take` lends a cleared PageScores, `end` gives every one back. */
export interface PageScoresLoan {
  take: () => PageScores;
  end: () => void;
}

/**
 * PageScores lent to searches and taken back when their results are ranked. Searches may overlap
 * (the header box asks again while a file is on its way), so each search has its own loan.
 */
export class PageScoresPool {
  private readonly free: PageScores[] = [];

  constructor(readonly pages: number) {}

  loan(): PageScoresLoan {
    const lent: PageScores[] = [];
    return {
      take: () => {
        const scores = this.free.pop() ?? new PageScores(this.pages);
        lent.push(scores);
        return scores;
      },
      end: () => {
        for (const scores of lent) {
          scores.clear();
          this.free.push(scores);
        }
        lent.length = 0;
      },
    };
  }
}
