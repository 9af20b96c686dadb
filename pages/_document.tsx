import { Head, Html, Main, NextScript } from 'next/document';
import { BODY_CLASS, SiteHead } from '@/components/site-head';

/** The document around the Pages Router's pages (entries, entities, About, Coverage, Data), matching app/layout.tsx. */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <SiteHead />
      </Head>
      <body className={BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
