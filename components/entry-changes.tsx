import { commitUrl, fileHistoryUrl } from '@/lib/history/commit-url';
import { changesOf, type GitHistory } from '@/lib/history/git-history';
import { EntryDate } from './entry-date';

/** Why a list is missing or short, in words; undefined when the list is whole. */
function note(history: GitHistory, empty: boolean): string | undefined {
  if (history.kind === 'unavailable') return `The history of this entry is not available in this build: ${history.reason}.`;
  if (history.kind === 'shallow') {
    return empty
      ? 'The history of this entry is not available in this build: it was built from a shallow copy of the repository, which holds only its latest state.'
      : 'This build was made from a shallow copy of the repository, so earlier changes are not listed.';
  }
  return empty ? 'This entry has no committed changes yet.' : undefined;
}

/** "Changes to this entry": each commit that changed the entry's file, newest first, from git at build time. */
export function EntryChanges({ history, sourceFile }: { history: GitHistory; sourceFile: string }) {
  const changes = changesOf(history, sourceFile);
  const message = note(history, changes.length === 0);
  const all = fileHistoryUrl(sourceFile);
  return (
    <section aria-labelledby="changes-heading" className="mt-8" data-testid="entry-changes">
      <h2 id="changes-heading" className="text-lg font-semibold">
        Changes to this entry
      </h2>
      {changes.length > 0 ? (
        <ol className="mt-2 space-y-1 text-sm">
          {changes.map((change) => {
            const url = commitUrl(change.hash);
            return (
              <li key={change.hash} className="flex flex-wrap gap-x-3 break-words">
                <span className="shrink-0 text-slate-500 dark:text-slate-400">
                  <EntryDate date={change.date} />
                </span>
                <span className="min-w-0">
                  {url ? (
                    <a href={url} className="text-accent-700 underline dark:text-accent-300" rel="noopener noreferrer">
                      {change.subject}
                    </a>
                  ) : (
                    change.subject
                  )}{' '}
                  <code className="text-xs text-slate-500 dark:text-slate-400">{change.shortHash}</code>
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      {message ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{message}</p> : null}
      {all ? (
        <p className="mt-2 text-sm">
          <a href={all} className="underline text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white" rel="noopener noreferrer">
            Full history of the file
          </a>
        </p>
      ) : null}
    </section>
  );
}
