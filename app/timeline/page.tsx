import type { Metadata } from 'next';
import { TimelineExplorer } from '@/components/timeline/timeline-explorer';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { toTimelineItem } from '@/lib/timeline/items';
import { timelineOptions } from '@/lib/timeline/options';
import { getCollection } from '@/lib/site-data';

export const metadata: Metadata = pageMetadata({
  path: '/timeline/',
  title: 'Timeline',
  description: 'Every facial recognition policy event in the tracker, by date, with filters by kind, actor, place, topic, status and date.',
});

export default function TimelinePage() {
  const collection = getCollection();
  const items = collection.entries.map((entry) => toTimelineItem(collection, entry));
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Timeline</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every entry by date. Filter by kind, actor, place (a country includes its states and cities), topic,
        status, who a rule binds, what it does and a date range; the filters stay in the address, so a
        filtered view can be shared.
      </p>
      <TimelineExplorer items={items} options={timelineOptions(collection, items)} />
    </>
  );
}
