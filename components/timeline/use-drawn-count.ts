import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { SLICE_BUDGET_MS, yieldToBrowser } from '@/lib/sliced-work';

/**
 * Rows drawn at once when a list arrives, with the overview's new counts: a phone's first screen
 * of the list (below the filters and the overview, few rows show); the next slice follows after a paint.
 */
const FIRST = 4;

/**
 * How many of a list's `rows` to draw now: the first few at once, then more in slices, each
 * in a task of its own after the browser has painted, sized from how long the last slice took to
 * draw so each stays near `SLICE_BUDGET_MS`. A new list (another array) starts again. The list
 * is fully drawn when the number reaches `rows.length`.
 */
export function useDrawnCount(rows: readonly unknown[]): number {
  const [state, setState] = useState<{ rows: readonly unknown[]; count: number }>({ rows, count: Math.min(FIRST, rows.length) });
  const drawn = state.rows === rows ? state.count : Math.min(FIRST, rows.length);
  // Rows drawn per slice, and when the last slice was asked for (to time its drawing).
  const slice = useRef(FIRST);
  const asked = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    if (asked.current === undefined) return;
    const took = performance.now() - asked.current;
    asked.current = undefined;
    // Aim the next slice at the budget, growing or shrinking at most fourfold at a time.
    slice.current = Math.round(Math.min(Math.max((slice.current * SLICE_BUDGET_MS) / Math.max(took, 1), slice.current / 4, 4), slice.current * 4));
  }, [drawn]);

  useEffect(() => {
    if (drawn >= rows.length) return;
    let live = true;
    void yieldToBrowser().then(() => {
      if (!live) return;
      asked.current = performance.now();
      setState({ rows, count: Math.min(rows.length, drawn + slice.current) });
    });
    return () => {
      live = false;
    };
  }, [rows, drawn]);

  return drawn;
}
