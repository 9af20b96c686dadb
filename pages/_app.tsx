import type { AppProps } from 'next/app';
import Head from 'next/head';
import { SiteFrame } from '@/components/site-frame';
import '../app/globals.css';

/** Every Pages Router page (entries, entities, About, Coverage, Data) is built without React's runtime: see components/static-page.tsx. */
export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame withoutReact>
        <Component {...pageProps} />
      </SiteFrame>
    </>
  );
}
