/** The choices the timeline's filter controls offer: only values some entry has. */
import type { Collection } from '../content/collection';
import { kindLabel, measureLabel, scopeLabel, statusLabel } from '../content/labels';
import { KINDS, MEASURES, SCOPES, STATUSES } from '../content/vocab';
import type { TimelineItem } from './items';

export interface Option {
  value: string;
  label: string;
}

export interface TimelineOptions {
  kind: Option[];
  actor: Option[];
  jurisdiction: Option[];
  topic: Option[];
  status: Option[];
  scope: Option[];
  measure: Option[];
}

export function timelineOptions(collection: Collection, items: readonly TimelineItem[]): TimelineOptions {
  const used = (pick: (item: TimelineItem) => readonly (string | undefined)[]) => new Set(items.flatMap(pick));
  const entityOptions = (slugs: Set<string | undefined>) =>
    [...slugs]
      .flatMap((slug) => (slug ? [{ value: slug, label: collection.getEntity(slug)?.name ?? slug }] : []))
      .sort((a, b) => a.label.localeCompare(b.label));
  const closed = <T extends string>(values: readonly T[], label: (value: T) => string, have: Set<string | undefined>) =>
    values.filter((value) => have.has(value)).map((value) => ({ value, label: label(value) }));

  return {
    kind: KINDS.values.map((value) => ({ value, label: kindLabel(value) })),
    actor: entityOptions(used((item) => item.actors)),
    jurisdiction: entityOptions(used((item) => item.places)),
    topic: [...used((item) => item.topics)]
      .flatMap((slug) => (slug ? [{ value: slug, label: collection.getTopic(slug)?.label ?? slug }] : []))
      .sort((a, b) => a.label.localeCompare(b.label)),
    status: closed(STATUSES.values, statusLabel, used((item) => [item.status])),
    scope: closed(SCOPES.values, scopeLabel, used((item) => item.scope)),
    measure: closed(MEASURES.values, measureLabel, used((item) => item.measure)),
  };
}
