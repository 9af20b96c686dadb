import Link from 'next/link';
import { SiteLink } from './site-link';
import type { InheritedRule } from '@/lib/policy/stance';
import { StatusBadge } from './badges';
import { EntryDate } from './entry-date';

/** The rules of the places above a jurisdiction, marked with where they come from. */
export function InheritedRules({ rules, placeName }: { rules: readonly InheritedRule[]; placeName: string }) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="inherited-heading" className="mt-section">
      <h2 id="inherited-heading" className="text-heading font-semibold">
        Rules from the places that contain {placeName}
      </h2>
      <ul className="mt-3 space-y-3" data-testid="inherited-rules">
        {rules.map(({ entry, from }) => (
          <li key={entry.slug}>
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              inherited from{' '}
              <Link href={from.url} className="underline">
                {from.name}
              </Link>
            </span>
            <SiteLink href={entry.url} className="text-accent-700 hover:underline dark:text-accent-300">
              {entry.title}
            </SiteLink>{' '}
            <span className="text-sm text-slate-500 dark:text-slate-400">
              (<EntryDate date={entry.date} precision={entry.datePrecision} />)
            </span>{' '}
            {entry.status ? <StatusBadge status={entry.status} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
