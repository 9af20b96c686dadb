import Link from 'next/link';
import type { ComponentProps } from 'react';
import { linkPrefetch } from '@/lib/link-prefetch';
import { withBasePath } from '@/lib/site-config';
import { opensAsDocument } from '@/lib/site-routes';
import { ReachLink } from './reach-link';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * Every link to a page of this site (an eslint rule keeps `next/link` to this file):
 * - a plain link to a page built without React's runtime (entry and entity pages:
 *   lib/site-routes.ts), which
 *   the App Router has no route data for;
 * - otherwise Next's `<Link>` with the prefetch rule of lib/link-prefetch.ts, so no page
 *   prefetches more than its budget.
 */
export function SiteLink({ href, ...rest }: Props) {
  if (opensAsDocument(href)) return <a {...rest} href={withBasePath(href)} />;
  const rule = linkPrefetch(href);
  if (rule === 'viewport') return <Link {...rest} href={href} />;
  return <ReachLink {...rest} href={href} intent={rule === 'intent'} />;
}
