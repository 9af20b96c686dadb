import { SiteLink } from './site-link';
import type { Coverage, PlaceCount } from '@/lib/coverage/coverage';
import type { CoverageArea } from '@/lib/content/schema';
import { formatDate } from '@/lib/content/dates';
import { kindLabel } from '@/lib/content/labels';
import { KINDS } from '@/lib/content/vocab';

const cell = 'border-b border-slate-200 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const head = 'border-b border-slate-300 px-2 py-1 text-left dark:border-slate-700';

/** Entries by year (rows) and kind (columns), with totals. */
export function CoverageByYear({ coverage }: { coverage: Coverage }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="coverage-by-year">
        <caption className="sr-only">Entries by year and kind</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>Year</th>
            {KINDS.values.map((kind) => (
              <th key={kind} scope="col" className={`${head} text-right`}>{kindLabel(kind)}</th>
            ))}
            <th scope="col" className={`${head} text-right`}>All</th>
          </tr>
        </thead>
        <tbody>
          {coverage.byYear.map((row) => (
            <tr key={row.year}>
              <th scope="row" className="border-b border-slate-200 px-2 py-1 text-left font-medium dark:border-slate-800">
                <SiteLink href={`/timeline/${row.year}/`} className="text-accent-700 hover:underline dark:text-accent-300">{row.year}</SiteLink>
              </th>
              {KINDS.values.map((kind) => (
                <td key={kind} className={cell} data-cell={`${row.year}/${kind}`}>{row.counts[kind] || ''}</td>
              ))}
              <td className={`${cell} font-semibold`}>{row.total}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="px-2 py-1 text-left font-semibold">All years</th>
            {KINDS.values.map((kind) => (
              <td key={kind} className="px-2 py-1 text-right font-semibold tabular-nums">{coverage.byKind[kind]}</td>
            ))}
            <td className="px-2 py-1 text-right font-semibold tabular-nums">{coverage.total}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Places with how many entries apply there, as a compact list of links. */
export function CoverageByPlace({ places, label, testId }: { places: readonly PlaceCount[]; label: string; testId: string }) {
  return (
    <ul className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={label} data-testid={testId}>
      {places.map((place) => (
        <li key={place.slug} className="flex justify-between gap-2 border-b border-slate-100 py-0.5 dark:border-slate-800">
          <SiteLink href={place.url} className="text-accent-700 hover:underline dark:text-accent-300">{place.name}</SiteLink>
          <span className={`tabular-nums ${place.count === 0 ? 'text-amber-700 dark:text-amber-300' : ''}`}>
            {place.count === 0 ? 'none yet' : place.count}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The areas contributors know to be thin, from content/coverage.yml. */
export function ThinAreas({ areas }: { areas: readonly CoverageArea[] }) {
  return (
    <ul className="mt-3 space-y-4" data-testid="thin-areas">
      {areas.map((area) => (
        <li key={area.area}>
          <h3 className="text-subheading font-semibold">{area.area}</h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{area.missing}</p>
          {area.lookIn ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Where to look: {area.lookIn}</p> : null}
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Last looked at {formatDate(area.checked)}</p>
        </li>
      ))}
    </ul>
  );
}
