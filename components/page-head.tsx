import Head from 'next/head';
import { headTags } from '@/lib/discovery/head-tags';
import type { PageMeta } from '@/lib/discovery/page-metadata';

/** A Pages Router page's own `<head>` tags (the App Router writes them from `metadata`). */
export function PageHead({ meta }: { meta: PageMeta }) {
  return (
    <Head>
      {headTags(meta).map((tag, i) => {
        const key = `${tag.tag}-${i}`;
        if (tag.tag === 'title') return <title key={key}>{tag.text}</title>;
        if (tag.tag === 'meta') return <meta key={key} {...tag.attrs} />;
        return <link key={key} {...tag.attrs} />;
      })}
    </Head>
  );
}
