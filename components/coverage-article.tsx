import { CoverageByPlace, CoverageByYear, ThinAreas } from '@/components/coverage-tables';
import { coverageOf } from '@/lib/coverage/coverage';
import { REPOSITORY } from '@/lib/site-config';
import { getCollection, getCoverageAreas } from '@/lib/site-data';

/** How complete the record is, by kind, year and place (`/coverage/`). */
export function CoverageArticle() {
  const coverage = coverageOf(getCollection());
  const areas = getCoverageAreas();
  const link = 'text-accent-700 underline dark:text-accent-300';
  return (
    <article>
      <h1 className="text-title font-bold tracking-tight">How complete the record is</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300" data-testid="coverage-summary">
        The record holds {coverage.total} entries. No record of this subject is ever complete: the counts below show
        where it is dense and where it is thin, so that a missing event reads as a gap in the record, not as proof that
        nothing happened. A place counts every entry that applies to it or to a place inside it.
      </p>

      <h2 className="mt-section text-heading font-semibold">By year and kind</h2>
      <CoverageByYear coverage={coverage} />

      <h2 className="mt-section text-heading font-semibold">By country and union</h2>
      <CoverageByPlace places={coverage.countries} label="Entries by country and union" testId="coverage-countries" />
      {coverage.withoutPlace > 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{coverage.withoutPlace} entries name no place (company policies, research).</p>
      ) : null}

      <h2 className="mt-section text-heading font-semibold">By US state</h2>
      <CoverageByPlace places={coverage.usStates} label="Entries by US state" testId="coverage-us-states" />

      <h2 className="mt-section text-heading font-semibold">Known to be thin</h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Areas the contributors know are incomplete, kept in <code>content/coverage.yml</code>.
      </p>
      <ThinAreas areas={areas} />

      <h2 className="mt-section text-heading font-semibold">Add what is missing</h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Know an event the record lacks? Add it with a pull request, following the{' '}
        <a className={link} href={`${REPOSITORY.url}/blob/${REPOSITORY.branch}/CONTRIBUTING.md`}>contributor guide</a>, or{' '}
        <a className={link} href={`${REPOSITORY.url}/issues/new/choose`}>suggest it in an issue</a> with a link to a source.
        When you fill a gap listed above, update its entry in <code>content/coverage.yml</code>.
      </p>
    </article>
  );
}
