import type { ReactNode } from 'react';

/**
 * The line under the timeline's filters that says how many entries are listed or match, with
 * "Clear filters" while a filter is set (`onClear`), any further links (`children`), and the
 * address parts that were ignored. Shared by `/timeline/` and the year pages.
 */
export function MatchStatus({ line, onClear, ignored, children }: { line: string; onClear?: () => void; ignored: readonly string[]; children?: ReactNode }) {
  return (
    <>
      <p className="mt-4 text-sm" role="status" aria-live="polite">
        <span data-testid="match-count">{line}</span>
        {onClear ? (
          <>
            {' · '}
            <button type="button" className="text-accent-700 underline dark:text-accent-300" onClick={onClear}>
              Clear filters
            </button>
            {children}
          </>
        ) : null}
      </p>
      {ignored.length > 0 ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">Ignored in the address: {ignored.join('; ')}.</p> : null}
    </>
  );
}
