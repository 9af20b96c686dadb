/**
 * The page for an unknown address (out/404.html, which static hosts serve with status 404). Built
 * without React's runtime like every page; its header search is a plain form to the search page.
 */
import Head from 'next/head';
import { NotFoundContent } from '@/components/not-found-content';
import { SITE } from '@/lib/site-config';

export const config = { unstable_runtimeJS: false };

export default function NotFoundPage() {
  return (
    <>
      <Head>
        <title>{`Page not found · ${SITE.shortName}`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <NotFoundContent />
    </>
  );
}
