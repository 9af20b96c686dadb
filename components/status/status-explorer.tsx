import { useEffect, useRef, useState } from 'react';
import { isRealDate, today } from '@/lib/content/dates';
import { dayFacts, foldDay, type DayFacts } from '@/lib/status/status-day';
import { drawDay } from './status-draw';
import { useStatusRules } from './use-status-rules';

/** The element around the day's lists (components/status/status-content.tsx), which this island redraws. */
export const STATUS_VIEW_ID = 'status-view';

const field = 'ml-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/** The build's folded lists have their buttons hidden (they need this script): show them in place of the words. */
function showFoldButtons(view: HTMLElement): void {
  for (const button of view.querySelectorAll<HTMLElement>('button[data-fold][hidden]')) {
    button.hidden = false;
    const note = button.previousElementSibling;
    if (note instanceof HTMLElement && note.dataset.foldNote === button.dataset.fold) note.hidden = true;
  }
}

/**
 * The status page's island: the date control, and the day's lists below it. The build's HTML
 * shows the build day (`buildDate`); in the browser the day comes from `?date=` (today when
 * absent) and every change goes back into the address. Another day, or a folded list opened,
 * fetches every rule's facts once (`/status-data/rules.json`); each day is worked out once
 * (`dayFacts`), folded as the reader asks (`foldDay`), and drawn over the lists already on the
 * page, changing only what differs. The lists are not in this island's props: they are HTML.
 */
export function StatusExplorer({ buildDate }: { buildDate: string }) {
  const [date, setDate] = useState(buildDate);
  const [hint, setHint] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());

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

  // One listener for every fold's button, in the build's HTML and in each day drawn after it.
  useEffect(() => {
    const view = document.getElementById(STATUS_VIEW_ID);
    if (!view) return;
    showFoldButtons(view);
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-fold]') : null;
      const key = button?.dataset.fold;
      if (!key) return;
      setOpen((was) => {
        const next = new Set(was);
        if (!next.delete(key)) next.add(key);
        return next;
      });
    };
    view.addEventListener('click', onClick);
    return () => view.removeEventListener('click', onClick);
  }, []);

  function choose(next: string) {
    if (!isRealDate(next)) return;
    setDate(next);
    setHint(undefined);
    window.history.pushState(null, '', `${window.location.pathname}?date=${next}`);
  }

  const loaded = useStatusRules(date !== buildDate || open.size > 0);
  // The last day worked out, kept while lists are opened and folded on it.
  const facts = useRef<DayFacts | undefined>(undefined);
  // Until the rules arrive, the build day stays on screen, with a line saying what is coming;
  // once they have, every day is drawn from them, the build day too when a reader comes back to it.
  // The day is worked out in the drawing's first task, not while this island renders, so that
  // neither makes one long task of the other.
  useEffect(() => {
    const view = document.getElementById(STATUS_VIEW_ID);
    if (loaded.state !== 'ready' || !view) return;
    const { rules, places, layout } = loaded;
    const workOut = () => {
      if (facts.current?.date !== date) facts.current = dayFacts(rules, places, date);
    };
    return drawDay(view, [workOut], () => foldDay(facts.current ?? dayFacts(rules, places, date), open), layout, open);
  }, [date, open, loaded]);

  return (
    <>
      <form className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label className="text-sm font-medium">
          Show what was in force on
          <input type="date" name="date" className={field} value={date} min="2008-01-01" onChange={(event) => choose(event.target.value)} />
        </label>
      </form>
      {hint ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{hint}</p> : null}
      {/* One line high even when empty, so the lists below do not move when it speaks. */}
      <p className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="status-loading">
        {loaded.state === 'loading' ? 'Loading the rules in force on that day…' : loaded.state === 'error' ? `The rules could not load (${loaded.message}); please reload the page.` : ''}
      </p>
    </>
  );
}
