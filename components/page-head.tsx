import Head from 'next/head';
import { headTags } from '@/lib/discovery/head-tags';
import type { PageMeta } from '@/lib/discovery/page-metadata';

/** A page's own `<head>` tags, from its metadata (lib/discovery/head-tags.ts). */
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
