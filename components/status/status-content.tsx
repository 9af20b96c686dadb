import { Island } from '@/components/islands/island';
import { STATUS_ISLAND } from '@/components/islands/status-islands';
import type { Collection } from '@/lib/content/collection';
import { today } from '@/lib/content/dates';
import { policyMapData } from '@/lib/map/map-data';
import { mapLayout } from '@/lib/map/map-layout';
import { ruleRecords } from '@/lib/policy/rules';
import { statusDay } from '@/lib/status/status-day';
import { STATUS_VIEW_ID } from './status-explorer';
import { StatusView } from './status-view';

/**
 * The status page's content (pages/status.tsx): the build day's lists as plain HTML, readable
 * without JavaScript, and the island (components/status/status-explorer.tsx) that picks another
 * day and redraws those lists in place. Only the build day's bounded summary is on the page; other
 * days come from /status-data/rules.json.
 */
export function StatusContent({ collection }: { collection: Collection }) {
  const map = policyMapData(collection);
  const initial = statusDay(ruleRecords(collection), map.places, today());
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Status on a date</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Bans, moratoria, sales halts, consent laws, court orders and settlements in force on the day you
        choose, grouped by company or place, worked out from each rule&apos;s dated history, start and
        end. Pick a day, or share the address: <code>?date=2020-06-30</code>.
      </p>
      <Island spec={STATUS_ISLAND} props={{ buildDate: initial.date }} />
      <div id={STATUS_VIEW_ID}>
        <StatusView day={initial} layout={mapLayout(map, 'full')} open={new Set()} interactive={false} />
      </div>
    </>
  );
}
