'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { createContext, useContext, type ComponentProps } from 'react';
import { withBasePath } from '@/lib/site-config';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string; intent: boolean };

/**
 * True while a page is rendered to static HTML outside the App Router (entry and entity pages:
 * pages/entries/[slug].tsx, pages/entities/[slug]/[[...page]].tsx). There is no router there to prefetch with, and none in the browser.
 */
export const StaticRenderContext = createContext(false);

/**
 * A link whose route data Next does not prefetch on sight (components/site-link.tsx decides):
 * with `intent`, it is fetched when the reader points at the link, focuses it or touches it.
 */
export function ReachLink(props: Props) {
  if (useContext(StaticRenderContext)) {
    const { href, intent: _intent, ...rest } = props;
    return <a {...rest} href={withBasePath(href)} />;
  }
  return <RouterReachLink {...props} />;
}

function RouterReachLink({ href, intent, onMouseEnter, onFocus, onTouchStart, ...rest }: Props) {
  const router = useRouter();
  // Next's own prefetch is off (`prefetch={false}` also stops its prefetch on hover); for an
  // intent link this asks the router for the same prefetch when the reader reaches for it.
  const reach = intent ? () => router.prefetch(href) : undefined;
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => (reach?.(), onMouseEnter?.(event))}
      onFocus={(event) => (reach?.(), onFocus?.(event))}
      onTouchStart={(event) => (reach?.(), onTouchStart?.(event))}
    />
  );
}
