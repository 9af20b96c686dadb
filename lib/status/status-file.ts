/**
 * The status page's data file, `/status-data/rules.json`: every rule's facts (dates, statuses,
 * scope, measure, whom it is listed under, what replaces or amends it) and each map place's own
 * rules, and the map's layout to draw them with. The page fetches it only when a reader picks
 * another day or opens a folded list, so the page itself carries only the build day's bounded
 * summary, as HTML. Names and entries are numbers into two tables, as in the timeline's facts file.
 */
import type { Collection } from '../content/collection';
import type { Entry } from '../content/model';
import { DATE_PRECISIONS, KINDS, MEASURES, SCOPES, STATUSES, type DatePrecision, type Kind, type Measure, type Scope, type Status } from '../content/vocab';
import type { PlaceRules } from '../map/shade-places';
import type { PolicyMapData } from '../map/map-data';
import { mapLayout, type MapLayout } from '../map/map-layout';
import type { RuleLike } from '../policy/rule-status';
import { amendmentsOf, groupSlug, replacementsOf, type RuleFacts } from '../policy/rules';
import { isRule } from '../policy/rule-status';

export const STATUS_DATA_PATH = '/status-data';
export const STATUS_FILE = 'rules.json';

/**
 * One entry: `[slug, title, kind, precision, date, status, history, effective, expires, scope,
 * measure, group, replacements, amendments]`. `group` indexes `names` (−1 for an entry that is
 * only another rule's replacement or amendment); replacements and amendments index `entries`.
 */
type PackedEntry = [string, string, string, string, string, string, [string, string][], string, string, string[], string[], number, [number, string][], number[]];

export interface StatusFile {
  /** `[slug, name]` of every entity a rule is listed under and every place on the map. */
  names: [string, string][];
  /** Every rule in date order, then the entries that replace or amend one and are not rules themselves. */
  entries: PackedEntry[];
  /** Each place on the map: its index in `names` and the indexes of its own rules. */
  places: [number, number[]][];
  /** The full map's places and how each is drawn (the shapes stay in `/map-data/full.svg`). */
  layout: MapLayout;
}

export function statusFile(collection: Collection, map: PolicyMapData): StatusFile {
  const names: [string, string][] = [];
  const nameIndex = new Map<string, number>();
  const named = (slug: string, name: string) => nameIndex.get(slug) ?? (nameIndex.set(slug, names.push([slug, name]) - 1), names.length - 1);
  const rules = collection.entries.filter(isRule);
  const order: Entry[] = [...rules];
  const entryIndex = new Map(order.map((entry, i) => [entry.slug, i]));
  const indexOf = (entry: Entry) => entryIndex.get(entry.slug) ?? (entryIndex.set(entry.slug, order.push(entry) - 1), order.length - 1);
  const links = new Map(rules.map((entry) => [entry.slug, { replacements: replacementsOf(collection, entry).map((r) => [indexOf(r), r.rel] as [number, string]), amendments: amendmentsOf(collection, entry).map(indexOf) }]));
  const entries = order.map((entry): PackedEntry => {
    const own = links.get(entry.slug);
    const slug = own ? groupSlug(entry) : undefined;
    return [
      entry.slug,
      entry.title,
      entry.kind,
      entry.datePrecision,
      entry.date,
      entry.status ?? '',
      (entry.history ?? []).map((step) => [step.date, step.status]),
      entry.effective ?? '',
      entry.expires ?? '',
      [...(entry.scope ?? [])],
      [...(entry.measure ?? [])],
      slug === undefined ? -1 : named(slug, collection.getEntity(slug)?.name ?? slug),
      own?.replacements ?? [],
      own?.amendments ?? [],
    ];
  });
  const places = map.places.map((place): [number, number[]] => [named(place.slug, place.name), place.rules.flatMap((slug) => entryIndex.get(slug) ?? [])]);
  return { names, entries, places, layout: mapLayout(map, 'full') };
}

const member = <T extends string>(values: readonly T[], value: string, what: string): T => {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new Error(`${STATUS_FILE}: unknown ${what} "${value}"`);
};

/** The rules, the map's places and its layout from the data file; a value the site does not know (a stale file) is an error. */
export function unpackStatusFile(file: StatusFile): { rules: RuleFacts[]; places: PlaceRules[]; layout: MapLayout } {
  const status = (value: string): Status | undefined => (value ? member(STATUSES.values, value, 'status') : undefined);
  const lifecycles = file.entries.map(([slug, , , , date, current, history, effective, expires, , measure]): RuleLike => ({
    slug,
    date,
    status: status(current),
    history: history.length > 0 ? history.map(([day, step]) => ({ date: day, status: member(STATUSES.values, step, 'status') })) : undefined,
    effective: effective || undefined,
    expires: expires || undefined,
    measure: measure.map((value): Measure => member(MEASURES.values, value, 'measure')),
  }));
  const entryAt = (i: number) => {
    const found = file.entries[i];
    if (!found) throw new Error(`${STATUS_FILE}: no entry ${i}`);
    return { entry: found, lifecycle: lifecycles[i]! };
  };
  const nameAt = (i: number) => file.names[i] ?? [`#${i}`, `#${i}`];
  const rules = file.entries.flatMap(([slug, title, kind, precision, , , , , , scope, , group, replacements, amendments], i): RuleFacts[] => {
    if (group < 0) return [];
    const [groupSlug, groupName] = nameAt(group);
    return [
      {
        ...lifecycles[i]!,
        url: `/entries/${slug}/`,
        title,
        kind: member<Kind>(KINDS.values, kind, 'kind'),
        datePrecision: member<DatePrecision>(DATE_PRECISIONS.values, precision, 'date precision'),
        scope: scope.map((value): Scope => member(SCOPES.values, value, 'scope')),
        measure: lifecycles[i]!.measure ?? [],
        group: { slug: groupSlug, name: groupName },
        replacements: replacements.map(([at, rel]) => ({ ...entryAt(at).lifecycle, rel: member(['supersedes', 'repeals'] as const, rel, 'relation') })),
        amendments: amendments.map((at) => {
          const { entry, lifecycle } = entryAt(at);
          return { ...lifecycle, title: entry[1], url: `/entries/${entry[0]}/` };
        }),
      },
    ];
  });
  const places = file.places.map(([at, own]) => {
    const [slug, name] = nameAt(at);
    return { slug, name, rules: own.map((i) => entryAt(i).entry[0]) };
  });
  return { rules, places, layout: file.layout };
}
