import { formatDate } from '@/lib/content/dates';
import { statusLabel } from '@/lib/content/labels';
import type { Entry } from '@/lib/content/model';
import type { RuleState } from '@/lib/policy/rule-status';
import { StatusBadge } from './badges';
import { EntryDate } from './entry-date';

/** Why a rule's state today differs from its last recorded step, in words. */
function stateNote(state: RuleState): string | undefined {
  if (state.reason === 'term-ended' && state.since) return `its term ended on ${formatDate(state.since)} and no extension is recorded`;
  if (state.reason === 'replaced' && state.since) return `replaced from ${formatDate(state.since)}`;
  if (state.reason === 'not-yet-effective') return 'not yet in effect';
  return undefined;
}

/** The status today, as worked out from the dated steps, and each step that led to it. */
export function StatusHistory({ entry, state }: { entry: Entry; state?: RuleState | undefined }) {
  if (!entry.status) return null;
  const now = state?.status ?? entry.status;
  const note = state ? stateNote(state) : undefined;
  return (
    <section aria-labelledby="status-heading" className="mt-section">
      <h2 id="status-heading" className="text-heading font-semibold">
        Status
      </h2>
      <p className="mt-2" data-testid="status-now">
        Now: <StatusBadge status={now} />
        {note ? <span className="text-slate-600 dark:text-slate-400"> ({note})</span> : null}
        {entry.effective ? (
          <>
            {' · '}in effect from <EntryDate date={entry.effective} />
          </>
        ) : null}
        {entry.expires ? (
          <>
            {' · '}term ends <EntryDate date={entry.expires} />
          </>
        ) : null}
      </p>
      {entry.history && entry.history.length > 0 ? (
        <ol className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700" aria-label="Status history">
          {entry.history.map((step) => (
            <li key={`${step.date}-${step.status}`}>
              <span className="text-sm text-slate-500 dark:text-slate-400">
                <EntryDate date={step.date} />
              </span>{' '}
              <span className="font-medium">{statusLabel(step.status)}</span>
              {step.note ? <span>: {step.note}</span> : null}
              {step.source ? (
                <>
                  {' '}
                  <a href={step.source} className="text-sm text-accent-700 underline dark:text-accent-300" rel="noopener noreferrer">
                    (source)
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
