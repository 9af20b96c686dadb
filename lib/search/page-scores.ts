/**
 * Scores of the pages a query word matched, by page id. A common word at 10,000 entries matches
 * thousands of pages in each field; a Map of them cost more than the scores themselves (a boxed
 * number per page, rehashing as it grew), so scores sit in an array as long as the index, and
 * `ids` keeps the pages in the order first scored.
 */
export class PageScores {
  /** The pages scored, in the order first scored. */
  readonly ids: number[] = [];
  private readonly values: Float64Array;
  private readonly scored: Uint8Array;

  /** `pages`: how many pages the index holds (ids 0 to `pages` − 1). */
  constructor(readonly pages: number) {
    this.values = new Float64Array(pages);
    this.scored = new Uint8Array(pages);
  }

  get size(): number {
    return this.ids.length;
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
      this.ids.push(id);
    }
    this.values[id] = score;
  }
}
