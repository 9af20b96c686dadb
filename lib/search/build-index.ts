/** Builds the search files from the content at build time. */
import type { Collection } from '../content/collection';
import { kindLabel, measureLabel, scopeLabel, statusLabel } from '../content/labels';
import { entryFacts } from '../filters/entry-facts';
import { dateKeywords } from './dates';
import { SEARCH_FIELDS, SHARD_LENGTH, shardGroup, type SearchField, type ShardGroup } from './fields';
import { createFieldIndex } from './index-options';
import { plainText } from '../mdx/plain-text';
import type { VocabEntity, VocabTopic } from './query';
import { DOC_CHUNK, packDoc, PAGE_SIZE, shardKey, type DocMeta, type DocText, type PackedDoc, type PageFile, type SearchMeta, type ShardEntries, type ShardFile } from './records';

/** One page to index: its facts, what is shown of it, and the text of each field. */
export interface IndexSource {
  doc: Omit<DocMeta, 'id'>;
  text: DocText;
  fields: Record<SearchField, string>;
}

export interface Vocabulary {
  entities: VocabEntity[];
  topics: VocabTopic[];
}

/**
 * Index sources for every entry and entity of the collection. `textOf` gives a body's plain
 * text; the content step passes one that remembers bodies from earlier runs.
 */
export function sourcesFromCollection(collection: Collection, textOf: (body: string) => string = plainText): IndexSource[] {
  const nameOf = (slug: string) => {
    const entity = collection.getEntity(slug);
    return entity ? [entity.name, ...(entity.aliases ?? [])].join(' ') : slug;
  };
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;

  const entries = collection.entries.map((entry): IndexSource => {
    const facts = entryFacts(entry, parentOf);
    return {
      doc: {
        type: 'entry',
        date: entry.date,
        precision: entry.datePrecision,
        kind: entry.kind,
        ...(entry.status ? { status: entry.status } : {}),
        actors: [...facts.actors],
        places: [...facts.places],
        topics: [...facts.topics],
        scope: [...facts.scope],
        measure: [...facts.measure],
      },
    text: { slug: entry.slug, title: entry.title, summary: entry.summary },
    fields: {
      title: entry.title,
      names: [...entry.actors, ...(entry.jurisdictions ?? [])].map(nameOf).join(' '),
      keywords: [
        kindLabel(entry.kind),
        entry.status ? statusLabel(entry.status) : '',
        ...(entry.topics ?? []).map((slug) => collection.getTopic(slug)?.label ?? slug),
        // Who a rule binds and what it does: "police", "ban", "product exit".
        ...(entry.scope ?? []).map(scopeLabel),
        ...(entry.measure ?? []).map(measureLabel),
        ...dateKeywords(entry.date, entry.datePrecision),
      ].join(' '),
      summary: entry.summary,
      body: textOf(entry.body.raw),
    },
  };
  });

  const entities = collection.entities.map((entity): IndexSource => {
    const description = textOf(entity.body.raw);
    return {
      doc: { type: 'entity', actors: [], places: [], topics: [], scope: [], measure: [], category: entity.category, entity: entity.slug },
      text: { slug: entity.slug, title: entity.name, summary: description },
      fields: { title: entity.name, names: (entity.aliases ?? []).join(' '), keywords: entity.category, summary: description, body: '' },
    };
  });

  return [...entries, ...entities];
}

export function vocabularyFromCollection(collection: Collection): Vocabulary {
  return {
    entities: collection.entities.map((entity) => ({ slug: entity.slug, name: entity.name, aliases: entity.aliases ?? [], category: entity.category })),
    topics: collection.topics.map((topic) => ({ slug: topic.slug, label: topic.label })),
  };
}

export interface SearchFiles {
  meta: SearchMeta;
  /** Keyed `<group>-<shard>`. */
  shards: Record<string, ShardFile>;
  /** `docs[n]` holds the facts of ids n × DOC_CHUNK onwards. */
  docs: PackedDoc[][];
  /** `pages[n]` holds the texts and facts of ids n × PAGE_SIZE onwards. */
  pages: PageFile[];
}

/**
 * Entries oldest first (the collection's own order, in which the index has always been built, so
 * flexsearch ranks equal matches as before), then entity pages.
 */
function indexOrder(sources: readonly IndexSource[]): IndexSource[] {
  const entries = sources.filter((source) => source.doc.type === 'entry');
  const others = sources.filter((source) => source.doc.type !== 'entry');
  return [...entries.sort((a, b) => (a.doc.date ?? '').localeCompare(b.doc.date ?? '')), ...others];
}

/** Indexes every source and splits the result into the files the browser fetches. */
export function buildSearchFiles(unordered: readonly IndexSource[], vocabulary: Vocabulary): SearchFiles {
  const sources = indexOrder(unordered);
  const lists: SearchMeta['lists'] = { precision: [], kind: [], status: [], category: [], scope: [], measure: [] };
  const entityIndex = new Map(vocabulary.entities.map((entity, i) => [entity.slug, i]));
  const topicIndex = new Map(vocabulary.topics.map((topic, i) => [topic.slug, i]));
  const packed = sources.map((source) => packDoc(source.doc, lists, entityIndex, topicIndex));
  const entityPages = vocabulary.entities.map((entity) => sources.findIndex((source) => source.doc.entity === entity.slug));
  const entries = sources.filter((source) => source.doc.type === 'entry').length;
  const meta: SearchMeta = { ...vocabulary, lists, entries, total: sources.length, entityPages, shards: {} };
  const shards: SearchFiles['shards'] = {};

  for (const field of SEARCH_FIELDS) {
    const index = createFieldIndex(field);
    sources.forEach((source, id) => {
      if (source.fields[field]) index.add(id, source.fields[field]);
    });
    const entries: ShardEntries = [];
    // Large maps are exported in several numbered chunks ("1.map", "2.map", …).
    index.export((key: string, data: string) => {
      if (key.endsWith('.map')) entries.push(...(JSON.parse(data) as ShardEntries));
    });
    for (const entry of entries) ((shards[`${shardGroup(field)}-${shardKey(entry[0], SHARD_LENGTH)}`] ??= {})[field] ??= []).push(entry);
  }
  for (const name of Object.keys(shards).sort()) {
    const [group, key] = name.split('-') as [ShardGroup, string];
    (meta.shards[group] ??= []).push(key);
  }

  const docs: PackedDoc[][] = [];
  const pages: PageFile[] = [];
  sources.forEach((source, id) => {
    (docs[Math.floor(id / DOC_CHUNK)] ??= []).push(packed[id]!);
    const page = (pages[Math.floor(id / PAGE_SIZE)] ??= { texts: [], docs: [] });
    page.texts.push(source.text);
    page.docs.push(packed[id]!);
  });
  return { meta, shards, docs, pages };
}

/** Every file name the search files are published under. */
export function searchFileNames(files: SearchFiles): string[] {
  return [
    'meta.json',
    ...Object.keys(files.shards).map((key) => `${key}.json`),
    ...files.docs.map((_, n) => `docs-${n}.json`),
    ...files.pages.map((_, n) => `pages-${n}.json`),
  ];
}

/** The content of one published file, or undefined for a name that is not one of them. */
export function searchFileBody(files: SearchFiles, name: string): unknown {
  if (name === 'meta.json') return files.meta;
  const numbered = /^(pages|docs)-(\d+)\.json$/.exec(name);
  if (numbered) return files[numbered[1] as 'pages' | 'docs'][Number(numbered[2])];
  const shard = /^(.+)\.json$/.exec(name);
  return shard ? files.shards[shard[1]!] : undefined;
}
