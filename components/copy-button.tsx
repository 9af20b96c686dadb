/**
 * A button that copies `text` to the clipboard and says so in the status beside it; where the
 * clipboard is refused, it says to select the text. The click is handled by
 * lib/enhance/page-enhancements.ts, so the button works on pages without React.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-copy-text={text}
        className="rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Copy {label}
      </button>
      <span role="status" className="text-xs text-slate-500 dark:text-slate-400" />
    </span>
  );
}
