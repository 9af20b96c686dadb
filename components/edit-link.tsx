import { editUrl } from '@/lib/site-config';

/** "Edit this page": opens the page's source file on GitHub, ready for a pull request. */
export function EditLink({ sourceFile }: { sourceFile: string }) {
  return (
    <p className="mt-6 text-sm text-slate-500 dark:text-slate-400">
      <a href={editUrl(sourceFile)} className="underline hover:text-slate-900 dark:hover:text-white" rel="noopener noreferrer" data-testid="edit-link">
        Edit this page
      </a>{' '}
      (<code>{sourceFile}</code>): corrections come as pull requests, checked against their sources.
    </p>
  );
}
