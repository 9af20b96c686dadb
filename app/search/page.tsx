import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';
import { pageMetadata } from '@/lib/discovery/page-metadata';

export const metadata: Metadata = pageMetadata({
  path: '/search/',
  title: 'Search',
  description: 'Search every entry and entity by word, company, place, kind, topic, status or date.',
});

export default function SearchRoute() {
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Search</h1>
      <noscript>
        <p className="mt-4">Search runs in your browser and needs JavaScript. Without it, browse the timeline, whose year pages list every entry.</p>
      </noscript>
      <SearchPage />
    </>
  );
}
