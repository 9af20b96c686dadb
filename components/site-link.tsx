import Link from 'next/link';
import type { ComponentProps } from 'react';
import { opensAsDocument } from '@/lib/site-routes';
import { withBasePath } from '@/lib/site-config';

/**
 * A link to a page of the site: a client-side `next/link` for App Router pages, a plain link for
 * pages built without React's runtime (entry pages; see lib/site-routes.ts).
 */
export function SiteLink({ href, prefetch, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string; prefetch?: boolean }) {
  if (opensAsDocument(href)) return <a {...props} href={withBasePath(href)} />;
  return <Link {...props} href={href} prefetch={prefetch} />;
}
