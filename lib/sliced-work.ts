/**
 * Long work in the browser cut into slices that give the browser its turn between them (to paint,
 * to answer a tap), so no single task blocks the page for long: the timeline's matching over every
 * entry (components/timeline/use-timeline-matches.ts) and drawing of the matches, the status
 * page's drawing of another day (components/status/status-draw.tsx), and the search page's
 * drawing of its results a few rows a frame (components/search/search-page.tsx).
 */

/** How long one slice may run, in milliseconds of an unthrottled machine (a slow phone is about 4× slower: still well under 50 ms). */
export const SLICE_BUDGET_MS = 8;

/** Resolves in a new task, after the browser has had its turn (a zero-delay timer). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the browser has drawn the next `frames` frames (or soon, in a tab that draws none). */
export function afterPaint(frames = 1): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => requestAnimationFrame(() => (left > 1 ? next(left - 1) : setTimeout(resolve, 0)));
    next(frames);
    // A hidden tab draws no frames: go on anyway.
    setTimeout(resolve, 250);
  });
}

/** `items.map(each)`, in order, yielding to the browser whenever a slice has run for `budgetMs`. */
export async function mapInSlices<T, U>(items: readonly T[], each: (item: T, index: number) => U, budgetMs = SLICE_BUDGET_MS): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = performance.now();
  for (const [index, item] of items.entries()) {
    out.push(each(item, index));
    // The clock is read every 64 items only: reading it costs more than matching one entry.
    if (index % 64 === 63 && performance.now() - sliceStart > budgetMs) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
  return out;
}
