import { Island } from '@/components/islands/island';
import { TIMELINE_EXPLORER_ISLAND } from '@/components/islands/timeline-islands';
import type { Collection } from '@/lib/content/collection';
import { entryFacts } from '@/lib/filters/entry-facts';
import { rowOf } from '@/lib/timeline/timeline-data';
import { timelineOptions } from '@/lib/timeline/options';
import { countByYear } from '@/lib/timeline/year-bars';
import { yearSpan } from '@/lib/timeline/year-pages';
import { DATE_FILTER_SPECS, emptyFilters, LIST_FILTER_SPECS } from '@/lib/filters/filter-model';
import { TimelineFilters } from './timeline-filters';
import { TimelineList } from './timeline-list';

/** With no filter set, the landing page lists this many of the latest entries. */
const LATEST = 20;

/** The latest entries' list, which the explorer takes off the page while a filter is set. */
const LATEST_ID = 'timeline-latest';

/**
 * The first thing in the latest entries' list: a script that hides the list before any of it is
 * parsed into the page, when the address holds a filter (a key of the filter model with a value).
 * The island then lists the matches in its place; drawing 20 entries first, to take them away
 * again, cost a phone a long task. Without JavaScript the list shows; if the address's filter
 * turns out to be ignored, the island shows it again (use-server-list.ts); if a script file fails
 * to load, so that nothing could list the matches, the list comes back.
 */
const HIDE_WHEN_FILTERED = `if(/[?&](?:${[...LIST_FILTER_SPECS, ...DATE_FILTER_SPECS].map((spec) => spec.key).join('|')})=[^&]/.test(location.search)){var l=document.currentScript.parentElement;l.hidden=true;addEventListener('error',function(e){if(e.target instanceof HTMLScriptElement)l.hidden=false},true)}`;

/**
 * `/timeline/`'s content (pages/timeline/index.tsx): the filter form is plain HTML, the match
 * count and overview an island that listens to it; the latest entries are plain HTML after it,
 * so the island's props stay small however long the record.
 */
export function TimelinePageContent({ collection }: { collection: Collection }) {
  const facts = collection.entries.map((entry) => entryFacts(entry, (slug) => collection.getEntity(slug)?.parent));
  const latest = collection.entries.slice(-LATEST).map((entry) => rowOf(collection, entry));
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Timeline</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every entry by year: the chart counts each year&apos;s entries, and a year opens its page. Filter by kind, actor, place (a
        country includes its states and cities), topic, status, who a rule binds, what it does and a date range to list the matching
        entries from every year; the filters stay in the address, so a filtered view can be shared.
      </p>
      <TimelineFilters filters={emptyFilters()} options={timelineOptions(collection, facts)} />
      <Island spec={TIMELINE_EXPLORER_ISLAND} props={{ counts: countByYear(facts, yearSpan(facts)), total: facts.length, latestId: LATEST_ID }} />
      <div id={LATEST_ID}>
        <script dangerouslySetInnerHTML={{ __html: HIDE_WHEN_FILTERED }} />
        <p className="mt-section text-slate-700 dark:text-slate-300" data-testid="latest-note">
          The latest {latest.length} entries; every year&apos;s page lists all of its entries.
        </p>
        <TimelineList items={latest} byYear />
      </div>
    </>
  );
}
