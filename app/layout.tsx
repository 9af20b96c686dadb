import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';
import { BODY_CLASS, SiteHead } from '@/components/site-head';
import { siteMetadata } from '@/lib/discovery/page-metadata';
import './globals.css';

export const metadata: Metadata = siteMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <SiteHead />
      </head>
      <body className={BODY_CLASS}>
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  );
}
