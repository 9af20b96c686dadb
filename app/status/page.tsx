import type { Metadata } from 'next';
import { StatusExplorer } from '@/components/status/status-explorer';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { today } from '@/lib/content/dates';
import { policyMapData } from '@/lib/map/map-data';
import { mapLayout } from '@/lib/map/map-layout';
import { ruleRecords } from '@/lib/policy/rules';
import { statusDay } from '@/lib/status/status-day';
import { getCollection } from '@/lib/site-data';

export const metadata: Metadata = pageMetadata({
  path: '/status/',
  title: 'Status on a date',
  description: 'Every facial recognition ban, moratorium, sales halt, consent law and court order in force on a chosen date.',
});

export default function StatusPage() {
  const collection = getCollection();
  const map = policyMapData(collection);
  // Only the build day's summary goes to the page; other days come from /status-data/rules.json.
  const initial = statusDay(ruleRecords(collection), map.places, today());
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Status on a date</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Bans, moratoria, sales halts, consent laws, court orders and settlements in force on the day you
        choose, grouped by company or place, worked out from each rule&apos;s dated history, start and
        end. Pick a day, or share the address: <code>?date=2020-06-30</code>.
      </p>
      <StatusExplorer initial={initial} layout={mapLayout(map, 'full')} />
    </>
  );
}
