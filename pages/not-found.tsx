/**
 * The page for an unknown address. Built at /not-found/ like any page, without React's runtime
 * (its header search is a plain form to the search page); the build's last step moves it to
 * out/404.html, which static hosts serve with status 404 (lib/export/not-found-page.ts).
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
