import type { ReactNode } from 'react';
import { EnhanceScript } from './enhance-script';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * What surrounds every page's content (pages/_app.tsx): skip link, header, main, footer and the
 * inline script for the few behaviours that need no component.
 *
 * `markInteractive`: the page is interactive as soon as the inline script has run (no React, no
 * islands); otherwise the islands' script says so once it has hydrated them (components/islands/).
 */
export function SiteFrame({ children, markInteractive = false }: { children: ReactNode; markInteractive?: boolean }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
      <EnhanceScript markInteractive={markInteractive} />
    </>
  );
}
