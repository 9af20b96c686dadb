import Link from 'next/link';
import { SITE } from '@/lib/site-config';
import { HeaderSearch } from './search/header-search';
import { ThemeToggle } from './theme-toggle';

/**
 * `prefetch: false` for pages too heavy to fetch on every page view: Next would otherwise fetch
 * the timeline's and status page's data (hundreds of KB) and the search page's code as soon as
 * the header is on screen (`npm run bench:pages` shows what each page loads). They load on click.
 */
const NAV = [
  { href: '/timeline/', label: 'Timeline', prefetch: false },
  { href: '/status/', label: 'Status', prefetch: false },
  { href: '/search/', label: 'Search', prefetch: false },
  { href: '/about/', label: 'About' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight text-slate-900 dark:text-white">
          {SITE.name}
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              prefetch={item.prefetch}
              className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <HeaderSearch />
        <ThemeToggle />
      </div>
    </header>
  );
}
