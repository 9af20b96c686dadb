'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isRealDate, today } from '@/lib/content/dates';
import type { MapLayout } from '@/lib/map/map-layout';
import { statusDay, type StatusDay } from '@/lib/status/status-day';
import { StatusView } from './status-view';
import { useStatusRules } from './use-status-rules';

const noSubscription = () => () => {};

const field = 'ml-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/**
 * What was in force on a chosen day. The static HTML shows the build day's summary (`initial`,
 * its lists folded); in the browser the day comes from `?date=` (today when absent) and every
 * change goes back into the address. Another day, or a folded list opened, fetches every rule's
 * facts once (`/status-data/rules.json`) and works the day out here.
 */
export function StatusExplorer({ initial, layout }: { initial: StatusDay; layout: MapLayout }) {
  const buildDate = initial.date;
  const [date, setDate] = useState(buildDate);
  const [hint, setHint] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // False in the static HTML and while hydrating, true once the page runs: the folds' buttons need it.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

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

  function toggle(key: string) {
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  const wanted = date !== buildDate || open.size > 0;
  const loaded = useStatusRules(wanted);
  const computed = useMemo(() => (wanted && loaded.state === 'ready' ? statusDay(loaded.rules, loaded.places, date, open) : undefined), [wanted, loaded, date, open]);
  // Until the rules arrive, the build day stays on screen, with a line saying what is coming.
  const day: StatusDay = computed ?? initial;

  return (
    <>
      <form className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label className="text-sm font-medium">
          Show what was in force on
          <input type="date" name="date" className={field} value={date} min="2008-01-01" onChange={(event) => choose(event.target.value)} />
        </label>
      </form>
      {hint ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{hint}</p> : null}
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="status-loading">
        {loaded.state === 'loading' ? 'Loading the rules in force on that day…' : loaded.state === 'error' ? `The rules could not load (${loaded.message}); please reload the page.` : ''}
      </p>
      <StatusView day={day} layout={layout} open={open} interactive={interactive} onToggle={toggle} />
    </>
  );
}
