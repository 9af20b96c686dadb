import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { HydrationMark } from '@/components/hydration-mark';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { siteMetadata } from '@/lib/discovery/page-metadata';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from '@/lib/discovery/security-policy';
import './globals.css';

export const metadata: Metadata = siteMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <meta name="referrer" content={REFERRER_POLICY} />
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-(--page-background) font-sans text-(--page-text) antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
