import type { ComponentProps } from 'react';
import { withBasePath } from '@/lib/site-config';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * Every link to a page of the site: a plain link with the site's path prefix. Every page is a
 * document built by the Pages Router without React's runtime (components/static-page.tsx), so
 * there is no client-side router to hand links to and no route data to prefetch.
 */
export function SiteLink({ href, ...rest }: Props) {
  return <a {...rest} href={withBasePath(href)} />;
}
