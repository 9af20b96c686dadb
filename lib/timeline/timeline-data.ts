/**
 * The timeline's data files, fetched only when a reader sets a filter, so a filtered view lists
 * matching entries from every year without loading any year page's HTML:
 * `/timeline-data/facts.json` holds every entry's filterable facts (small: names as numbers), and
 * `/timeline-data/<year>.json` the titles and summaries of one year, fetched for the years that
 * have matches. Both list entries in the same (date) order, so the n-th entry of a year in the
 * facts is the n-th row of that year's file.
 */
import type { Collection } from '../content/collection';
import type { Entry } from '../content/model';
import { DATE_PRECISIONS, KINDS, type DatePrecision, type Kind } from '../content/vocab';
import { entryFacts } from '../filters/entry-facts';
import { matchesFilters, type Filterable, type Filters } from '../filters/filter-model';

export const TIMELINE_DATA_PATH = '/timeline-data';

/** `[date, kind, actors, places, topics, status, scope, measure]`; entities and topics as indexes into `slugs`. */
type PackedFacts = [string, string, number[], number[], number[], string, string[], string[]];

export interface FactsFile {
  /** Every entity and topic slug the facts use. */
  slugs: string[];
  /** The display name of each slug in `slugs` (an entity's name; a topic's slug). */
  names: string[];
  entries: PackedFacts[];
}

/** One entry's row in a year file: `[slug, precision, title, summary]`. */
export type TextRow = [string, string, string, string];

/** What the timeline's list needs to draw one entry (the same rows the year pages show). */
export interface TimelineRow {
  slug: string;
  url: string;
  title: string;
  summary: string;
  date: string;
  datePrecision: DatePrecision;
  kind: Kind;
  /** Actor names, in the entry's order. */
  actorNames: string[];
}

export interface UnpackedFacts extends Filterable {
  kind: Kind;
  /** Names of the actors, in the entry's order. */
  actorNames: string[];
  /** Where the entry's text is: its year file and its position there. */
  year: string;
  position: number;
}

export function factsFile(collection: Collection): FactsFile {
  const slugs: string[] = [];
  const index = new Map<string, number>();
  const at = (slug: string) => index.get(slug) ?? (index.set(slug, slugs.push(slug) - 1), slugs.length - 1);
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
  const entries = collection.entries.map((entry): PackedFacts => {
    const facts = entryFacts(entry, parentOf);
    return [facts.date, facts.kind, facts.actors.map(at), facts.places.map(at), facts.topics.map(at), facts.status ?? '', [...facts.scope], [...facts.measure]];
  });
  return { slugs, names: slugs.map((slug) => collection.getEntity(slug)?.name ?? slug), entries };
}

/** The years that have entries, and the text rows of each. */
export function textFiles(collection: Collection): Map<string, TextRow[]> {
  const files = new Map<string, TextRow[]>();
  for (const entry of collection.entries) {
    const year = entry.date.slice(0, 4);
    files.set(year, [...(files.get(year) ?? []), [entry.slug, entry.datePrecision, entry.title, entry.summary]]);
  }
  return files;
}

const isKind = (value: string): value is Kind => (KINDS.values as readonly string[]).includes(value);
const isPrecision = (value: string): value is DatePrecision => (DATE_PRECISIONS.values as readonly string[]).includes(value);

/** An entry's facts, unpacked; `position` is its place in its year's file. An unknown kind (a stale file) is an error. */
function unpackOne(file: FactsFile, [date, kind, actors, places, topics, status, scope, measure]: PackedFacts, position: number): UnpackedFacts {
  const slug = (i: number) => file.slugs[i] ?? '';
  if (!isKind(kind)) throw new Error(`timeline facts: unknown kind "${kind}" on ${date}`);
  return {
    date,
    kind,
    actors: actors.map(slug),
    places: places.map(slug),
    topics: topics.map(slug),
    status: status || undefined,
    scope,
    measure,
    actorNames: actors.map((i) => file.names[i] ?? slug(i)),
    year: date.slice(0, 4),
    position,
  };
}

/** Counts each entry's position in its year as the file's entries are read in order. */
function yearPositions(): (date: string) => number {
  const positions = new Map<string, number>();
  return (date) => {
    const year = date.slice(0, 4);
    const position = positions.get(year) ?? 0;
    positions.set(year, position + 1);
    return position;
  };
}

/** The facts of every entry. */
export function unpackFacts(file: FactsFile): UnpackedFacts[] {
  const positionOf = yearPositions();
  return file.entries.map((packed) => unpackOne(file, packed, positionOf(packed[0])));
}

/** Where a filter on entities or topics finds its values in a packed entry (indexes into `slugs`). */
const PACKED_LISTS: readonly { key: 'actor' | 'jurisdiction' | 'topic'; at: 2 | 3 | 4 }[] = [
  { key: 'actor', at: 2 },
  { key: 'jurisdiction', at: 3 },
  { key: 'topic', at: 4 },
];

/**
 * A test of the file's entries, read in order, against `filters`: the facts of each entry that
 * matches, `undefined` for the others. Only matching entries are unpacked: a chosen actor, place
 * or topic is first looked up among the packed numbers (an entry without it cannot match), and
 * what passes is unpacked and tested by the filter model itself, so the result is
 * `unpackFacts(file).filter((item) => matchesFilters(item, filters))`.
 */
export function packedMatcher(file: FactsFile, filters: Filters): (packed: PackedFacts) => UnpackedFacts | undefined {
  const index = new Map(file.slugs.map((slug, i) => [slug, i]));
  const wanted = PACKED_LISTS.flatMap(({ key, at }) => {
    const chosen = filters[key];
    return chosen.length === 0 ? [] : [{ at, numbers: new Set(chosen.flatMap((slug) => index.get(slug) ?? [])) }];
  });
  const positionOf = yearPositions();
  return (packed) => {
    const position = positionOf(packed[0]);
    for (const { at, numbers } of wanted) if (!packed[at].some((n) => numbers.has(n))) return undefined;
    const facts = unpackOne(file, packed, position);
    return matchesFilters(facts, filters) ? facts : undefined;
  };
}

/** The list row of an entry, from its facts and its year file's row. */
export function toRow(facts: UnpackedFacts, [slug, precision, title, summary]: TextRow): TimelineRow {
  const datePrecision = isPrecision(precision) ? precision : 'day';
  return { slug, url: `/entries/${slug}/`, title, summary, date: facts.date, datePrecision, kind: facts.kind, actorNames: facts.actorNames };
}

/** The list row of an entry, on the server. */
export function rowOf(collection: Collection, entry: Entry): TimelineRow {
  const { slug, url, title, summary, date, datePrecision, kind } = entry;
  return { slug, url, title, summary, date, datePrecision, kind, actorNames: entry.actors.map((a) => collection.getEntity(a)?.name ?? a) };
}
