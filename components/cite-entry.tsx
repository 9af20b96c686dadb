import type { Citation } from '@/lib/citation/cite';
import { CopyButton } from './copy-button';

const FORMATS = [
  { key: 'apa', label: 'APA', name: 'APA' },
  { key: 'bibtex', label: 'BibTeX', name: 'BibTeX' },
  { key: 'cslJson', label: 'CSL-JSON', name: 'CSL-JSON (Zotero, pandoc)' },
] as const;

/**
 * The "Cite this entry" box: each format as text, with a button that copies it. It stays folded
 * until a reader opens it (a native `<details>`, so it opens without JavaScript too).
 */
export function CiteEntry({ citation }: { citation: Citation }) {
  return (
    <details className="group mt-section rounded-lg border border-slate-200 dark:border-slate-800" data-testid="cite">
      <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 rounded-lg p-4 hover:bg-slate-50 dark:hover:bg-slate-900 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block text-slate-500 transition-transform group-open:rotate-90 dark:text-slate-400">
          ▸
        </span>
        <h2 id="cite-heading" className="text-heading font-semibold">
          Cite this entry
        </h2>
        <span className="text-sm text-slate-600 dark:text-slate-400">APA, BibTeX, CSL-JSON</span>
      </summary>
      <div className="px-4 pb-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Permalink: <code className="break-all">{citation.permalink}</code>. The access date is the day the entry was last
          checked against its sources.
        </p>
        {FORMATS.map((format) => (
          <div key={format.key} className="mt-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-sm font-semibold">{format.name}</h3>
              <CopyButton text={citation[format.key]} label={format.label} />
            </div>
            <pre
              data-format={format.key}
              className="mt-1 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-100 p-3 text-xs text-slate-800 dark:bg-slate-900 dark:text-slate-200"
            >
              {citation[format.key]}
            </pre>
          </div>
        ))}
      </div>
    </details>
  );
}
