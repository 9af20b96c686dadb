import { SiteLink } from './site-link';
import { SITE } from '@/lib/site-config';
import { Island } from './islands/island';
import { HEADER_SEARCH_ISLAND } from './islands/islands';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: '/timeline/', label: 'Timeline' },
  { href: '/status/', label: 'Status' },
  { href: '/search/', label: 'Search' },
  { href: '/about/', label: 'About' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <SiteLink href="/" className="font-semibold tracking-tight text-slate-900 dark:text-white">
          {SITE.name}
        </SiteLink>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
          {NAV.map((item) => (
            <SiteLink
              key={item.href}
              href={item.href}
              className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {item.label}
            </SiteLink>
          ))}
        </nav>
        <Island spec={HEADER_SEARCH_ISLAND} props={{}} />
        <ThemeToggle />
      </div>
    </header>
  );
}
