'use client';

import Link from 'next/link';
import { SiteLink } from '../site-link';
import { useEffect, useMemo, useState } from 'react';
import { KindBadge } from '@/components/badges';
import { PolicyMap } from '@/components/map/policy-map';
import type { PolicyMapData } from '@/lib/map/map-data';
import { formatDate, isRealDate, today } from '@/lib/content/dates';
import { measureLabel, scopeLabel } from '@/lib/content/labels';
import { describeRule } from '@/lib/policy/rule-span';
import { amendmentsOn, groupRules, provisionMatrix, rulesInForce, type RuleRecord } from '@/lib/policy/rules';

const field = 'ml-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/**
 * What was in force on a chosen day. The static HTML shows the build day; in the browser the
 * day comes from `?date=` (today when absent) and every change goes back into the address.
 */
export function StatusExplorer({ rules, buildDate, map }: { rules: readonly RuleRecord[]; buildDate: string; map: PolicyMapData }) {
  const [date, setDate] = useState(buildDate);
  const [hint, setHint] = useState<string | undefined>(undefined);

  useEffect(() => {
    const read = () => {
      const asked = new URLSearchParams(window.location.search).get('date');
      if (asked && isRealDate(asked)) {
        setDate(asked);
        setHint(undefined);
      } else {
        setDate(today());
        setHint(asked ? `“${asked}” is not a date; showing today. Use a day like 2020-06-30.` : undefined);
      }
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  function choose(next: string) {
    if (!isRealDate(next)) return;
    setDate(next);
    setHint(undefined);
    window.history.pushState(null, '', `${window.location.pathname}?date=${next}`);
  }

  const inForce = useMemo(() => rulesInForce(rules, date), [rules, date]);
  const groups = useMemo(() => groupRules(inForce), [inForce]);
  const matrix = useMemo(() => provisionMatrix(inForce), [inForce]);
  const usedMeasures = matrix[0]!.cells.map((cell, i) => ({ measure: cell.measure, used: matrix.some((row) => row.cells[i]!.rules.length > 0) })).filter((m) => m.used);

  return (
    <>
      <form className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label className="text-sm font-medium">
          Show what was in force on
          <input type="date" name="date" className={field} value={date} min="2008-01-01" onChange={(event) => choose(event.target.value)} />
        </label>
      </form>
      {hint ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{hint}</p> : null}

      <h2 className="mt-8 text-heading font-semibold" data-testid="status-heading">
        In force on {formatDate(date)}: {inForce.length} rule{inForce.length === 1 ? '' : 's'}
      </h2>
      {groups.length === 0 ? <p className="mt-2">No rule in the tracker was in force on that day.</p> : null}
      <section aria-labelledby="map-heading" className="mt-6" id="map">
        <h3 id="map-heading" className="text-xl font-semibold">Map of the places with rules</h3>
        <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Each place is shaded by the strongest rule of its own in force that day (a state&apos;s law shades the state, not the cities in it). Choose a place for its page.
        </p>
        <PolicyMap data={map} rules={rules} date={date} />
      </section>
      <div className="mt-4 grid gap-6 md:grid-cols-2" data-testid="status-groups">
        {groups.map((group) => (
          <section key={group.slug} aria-labelledby={`g-${group.slug}`}>
            <h3 id={`g-${group.slug}`} className="font-semibold">
              <Link href={`/entities/${group.slug}/`} className="hover:underline">
                {group.name}
              </Link>
            </h3>
            <ul className="mt-2 space-y-2">
              {group.rules.map(({ rule, state }) => {
                return (
                  <li key={rule.slug} data-slug={rule.slug}>
                    <SiteLink href={rule.url} className="text-accent-700 hover:underline dark:text-accent-300">
                      {rule.title}
                    </SiteLink>
                    <div className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                      <KindBadge kind={rule.kind} />
                      <span>
                        {describeRule(rule, state, date)}
                      </span>
                    </div>
                    {amendmentsOn(rule, date).map((amendment) => (
                      <p key={amendment.slug} className="mt-0.5 text-sm text-slate-600 dark:text-slate-400" data-amended-by={amendment.slug}>
                        amended {formatDate(amendment.adopted)} by{' '}
                        <SiteLink href={amendment.url} className="text-accent-700 hover:underline dark:text-accent-300">
                          {amendment.title}
                        </SiteLink>
                      </p>
                    ))}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>

      <h2 className="mt-section text-heading font-semibold" id="matrix">
        Who is bound, and how
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Rules in force on {formatDate(date)}, by whom they bind (rows) and what they do (columns).
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="min-w-full border-collapse text-sm" aria-labelledby="matrix">
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-700">
                Applies to
              </th>
              {usedMeasures.map(({ measure }) => (
                <th key={measure} scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-700">
                  {measureLabel(measure)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix
              .filter((row) => row.cells.some((cell) => cell.rules.length > 0))
              .map((row) => (
                <tr key={row.scope} className="align-top">
                  <th scope="row" className="border-b border-slate-200 p-2 text-left font-medium dark:border-slate-800">
                    {scopeLabel(row.scope)}
                  </th>
                  {usedMeasures.map(({ measure }) => {
                    const cell = row.cells.find((c) => c.measure === measure)!;
                    return (
                      <td key={measure} className="border-b border-slate-200 p-2 dark:border-slate-800" data-cell={`${row.scope}/${measure}`}>
                        <ul className="space-y-1">
                          {cell.rules.map(({ rule }) => (
                            <li key={rule.slug}>
                              <SiteLink href={rule.url} className="text-accent-700 hover:underline dark:text-accent-300" title={rule.title}>
                                {rule.group.name}
                              </SiteLink>
                            </li>
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
