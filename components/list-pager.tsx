import { pagePath, type ListPage } from '@/lib/paging/list-pages';
import { SiteLink } from './site-link';

const link = 'rounded px-2 py-1 text-accent-700 underline hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800';

/**
 * Previous, the page numbers and next for a list cut into pages (lib/paging/list-pages.ts);
 * nothing for a list that fits on one page. `label` names the list for a screen reader.
 */
export function ListPager({ page, basePath, label }: { page: ListPage<unknown>; basePath: string; label: string }) {
  if (page.count === 1) return null;
  const numbers = Array.from({ length: page.count }, (_, index) => index + 1);
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-1 text-sm" data-testid="list-pager">
      {page.number > 1 ? (
        <SiteLink href={pagePath(basePath, page.number - 1)} rel="prev" className={link}>
          Previous
        </SiteLink>
      ) : null}
      {numbers.map((number) =>
        number === page.number ? (
          <span key={number} aria-current="page" className="rounded bg-slate-200 px-2 py-1 font-semibold dark:bg-slate-700">
            <span className="sr-only">Page </span>
            {number}
          </span>
        ) : (
          <SiteLink key={number} href={pagePath(basePath, number)} className={link}>
            <span className="sr-only">Page </span>
            {number}
          </SiteLink>
        ),
      )}
      {page.number < page.count ? (
        <SiteLink href={pagePath(basePath, page.number + 1)} rel="next" className={link}>
          Next
        </SiteLink>
      ) : null}
    </nav>
  );
}
