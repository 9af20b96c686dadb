import type { Collection } from '@/lib/content/collection';
import { today } from '@/lib/content/dates';
import { policyMapData } from '@/lib/map/map-data';
import { mapLayout } from '@/lib/map/map-layout';
import { placesOn } from '@/lib/map/shade-places';
import { ruleRecords } from '@/lib/policy/rules';
import { SITE } from '@/lib/site-config';
import { EntryList } from './entry-list';
import { PolicyMap } from './map/policy-map';
import { SiteLink } from './site-link';

/** The week the tracker began from: IBM's exit, Amazon's pause, Microsoft's refusal. */
const JUNE_2020 = { from: '2020-06-01', to: '2020-06-30' };

/** The home page's content (pages/index.tsx): where the record starts, the map of today, the latest additions. */
export function HomeContent({ collection }: { collection: Collection }) {
  const june2020 = collection.entriesBetween(JUNE_2020.from, JUNE_2020.to);
  const latest = collection.latestAdded(6);
  const map = policyMapData(collection, 'small');

  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-display font-bold tracking-tight">{SITE.name}</h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
          What companies, legislatures, courts and advocates have done about facial recognition, as a
          record of dated, sourced entries. It holds {collection.entries.length} entries about{' '}
          {collection.entities.length} companies, organisations and places. Each entry links to its
          sources and to the events it answers or leads to.
        </p>
      </section>

      <section aria-labelledby="june-2020" className="mt-section">
        <h2 id="june-2020" className="text-heading font-semibold">
          June 2020: the week the industry stepped back
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Amid protests over the killing of George Floyd, IBM left the general-purpose facial recognition
          business, Amazon paused police use of Rekognition and Microsoft said it would not sell to police
          without a federal law. Advocates answered within days. Start here and follow the links.
        </p>
        <div className="mt-6">
          <EntryList entries={june2020} />
        </div>
      </section>

      <section aria-labelledby="map-today" className="mt-section">
        <h2 id="map-today" className="text-heading font-semibold">
          Where rules bind today
        </h2>
        <p className="mt-2 mb-4 max-w-3xl text-slate-700 dark:text-slate-300">
          Places shaded by the strongest rule of their own in force. <SiteLink href="/status/" className="text-accent-700 underline dark:text-accent-300">Choose another day, with the table</SiteLink>.
        </p>
        <PolicyMap layout={mapLayout(map, 'small')} days={placesOn(map.places, ruleRecords(collection), today())} date={today()} compact />
      </section>

      <section aria-labelledby="latest" className="mt-section">
        <h2 id="latest" className="text-heading font-semibold">
          Latest additions
        </h2>
        <div className="mt-6">
          <EntryList entries={latest} />
        </div>
      </section>

      <p className="mt-section">
        <SiteLink href="/about/" className="text-accent-700 underline dark:text-accent-300">
          About this tracker and how to contribute
        </SiteLink>
      </p>
    </>
  );
}
