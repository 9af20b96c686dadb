import { kindLabel, statusLabel } from '@/lib/content/labels';
import type { Kind, Status } from '@/lib/content/vocab';

/**
 * A kind's badge: its word on its tint. The colours are custom properties in app/globals.css,
 * one set per theme, so the contrast test reads the same values the page shows.
 */
export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span
      className="inline-block rounded px-1.5 py-0.5 text-xs font-medium"
      style={{ color: `var(--kind-${kind}-text)`, backgroundColor: `var(--kind-${kind}-tint)` }}
      data-kind={kind}
    >
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
