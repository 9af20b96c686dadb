import { kindLabel, statusLabel } from '@/lib/content/labels';
import type { Kind, Status } from '@/lib/content/vocab';

const KIND_STYLES: Record<Kind, string> = {
  corporate: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  legislation: 'bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200',
  advocacy: 'bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200',
  research: 'bg-violet-100 text-violet-900 dark:bg-violet-900/40 dark:text-violet-200',
  legal: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200',
};

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${KIND_STYLES[kind]}`} data-kind={kind}>
      {kindLabel(kind)}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="inline-block rounded border border-slate-300 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-200">
      {statusLabel(status)}
    </span>
  );
}
