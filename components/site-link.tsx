import type { ComponentProps } from 'react';
import { linkPrefetch } from '@/lib/link-prefetch';
import { withBasePath } from '@/lib/site-config';
import { opensAsDocument } from '@/lib/site-routes';
import { ReachLink } from './reach-link';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * Every link to a page of this site (an eslint rule keeps `next/link` to its client half,
 * reach-link.tsx):
 * - a plain link to a page built without React's runtime (entries, entities, About, Coverage and
 *   Data: lib/site-routes.ts), which the App Router has no route data for;
 * - otherwise Next's `<Link>` (through ReachLink) with the prefetch rule of lib/link-prefetch.ts,
 *   so no page prefetches more than its budget.
 */
export function SiteLink({ href, ...rest }: Props) {
  if (opensAsDocument(href)) return <a {...rest} href={withBasePath(href)} />;
  return <ReachLink {...rest} href={href} intent={linkPrefetch(href) === 'intent'} />;
}
