import type { AppProps } from 'next/app';
import Head from 'next/head';
import { SiteFrame } from '@/components/site-frame';
import type { StaticPageProps } from '@/components/static-page';
import '../app/globals.css';

/**
 * Every Pages Router page is built without React's runtime (components/static-page.tsx). Pages
 * with islands say they are interactive once those are hydrated; the rest are at once.
 */
export default function App({ Component, pageProps }: AppProps<Partial<StaticPageProps>>) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame markInteractive={!pageProps.islands}>
        <Component {...pageProps} />
      </SiteFrame>
    </>
  );
}
