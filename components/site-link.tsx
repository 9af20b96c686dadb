'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';
import { linkPrefetch } from '@/lib/link-prefetch';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * Every link to a page of this site: Next's `<Link>` (client-side navigation) with the prefetch
 * rule of lib/link-prefetch.ts, so no page prefetches more than its budget. (An eslint rule keeps
 * `next/link` to this file.)
 */
export function SiteLink({ href, onMouseEnter, onFocus, onTouchStart, ...rest }: Props) {
  const router = useRouter();
  const rule = linkPrefetch(href);
  if (rule === 'viewport') return <Link href={href} onMouseEnter={onMouseEnter} onFocus={onFocus} onTouchStart={onTouchStart} {...rest} />;
  // Next's own prefetch is off (`prefetch={false}` also stops its prefetch on hover); for an
  // intent link this asks the router for the same prefetch when the reader reaches for it.
  const intent = rule === 'intent' ? () => router.prefetch(href) : undefined;
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={(event) => (intent?.(), onMouseEnter?.(event))}
      onFocus={(event) => (intent?.(), onFocus?.(event))}
      onTouchStart={(event) => (intent?.(), onTouchStart?.(event))}
      {...rest}
    />
  );
}
