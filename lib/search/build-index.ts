/** Builds the search files from the content at build time. */
import type { Collection } from '../content/collection';
import { kindLabel, measureLabel, scopeLabel, statusLabel } from '../content/labels';
import { entryFacts } from '../filters/entry-facts';
import { dateKeywords } from './dates';
import { SEARCH_FIELDS, SHARD_LENGTH, type SearchField } from './fields';
import { createFieldIndex } from './index-options';
import { plainText } from '../mdx/plain-text';
import type { VocabEntity, VocabTopic } from './query';
import { packDoc, PAGE_SIZE, shardKey, type DocMeta, type DocText, type SearchMeta, type ShardEntries } from './records';

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

/** Index sources for every entry and entity of the collection. */
export function sourcesFromCollection(collection: Collection): IndexSource[] {
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
      body: plainText(entry.body.raw),
    },
  };
  });

  const entities = collection.entities.map((entity): IndexSource => {
    const description = plainText(entity.body.raw);
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
  /** Keyed `<field>-<shard>`. */
  shards: Record<string, ShardEntries>;
  /** Page n holds the texts of ids n × PAGE_SIZE onwards. */
  pages: DocText[][];
}

/** Indexes every source and splits the result into the files the browser fetches. */
export function buildSearchFiles(sources: readonly IndexSource[], vocabulary: Vocabulary): SearchFiles {
  const lists: SearchMeta['lists'] = { precision: [], kind: [], status: [], category: [], scope: [], measure: [] };
  const entityIndex = new Map(vocabulary.entities.map((entity, i) => [entity.slug, i]));
  const topicIndex = new Map(vocabulary.topics.map((topic, i) => [topic.slug, i]));
  const meta: SearchMeta = { ...vocabulary, lists, docs: sources.map((source) => packDoc(source.doc, lists, entityIndex, topicIndex)), shards: {} };
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
    for (const entry of entries) (shards[`${field}-${shardKey(entry[0], SHARD_LENGTH[field])}`] ??= []).push(entry);
    meta.shards[field] = Object.keys(shards)
      .filter((key) => key.startsWith(`${field}-`))
      .map((key) => key.slice(field.length + 1))
      .sort();
  }

  const pages: DocText[][] = [];
  sources.forEach((source, id) => (pages[Math.floor(id / PAGE_SIZE)] ??= []).push(source.text));
  return { meta, shards, pages };
}

/** Every file name the search files are published under. */
export function searchFileNames(files: SearchFiles): string[] {
  return ['meta.json', ...Object.keys(files.shards).map((key) => `${key}.json`), ...files.pages.map((_, n) => `pages-${n}.json`)];
}

/** The content of one published file, or undefined for a name that is not one of them. */
export function searchFileBody(files: SearchFiles, name: string): unknown {
  if (name === 'meta.json') return files.meta;
  const page = /^pages-(\d+)\.json$/.exec(name);
  if (page) return files.pages[Number(page[1])];
  const shard = /^(.+)\.json$/.exec(name);
  return shard ? files.shards[shard[1]!] : undefined;
}
