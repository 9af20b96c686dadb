/**
 * The files `--changed` reports on: the changed content files, everything they link to, and
 * everything that links to them (or to a file the change deleted). Rules still run over the whole
 * folder, since a slug can only be checked against all the others; only the report narrows.
 */
import path from 'node:path';
import type { ContentDoc, ContentTree } from '../content/content-tree';
import { displayPath } from '../content/content-tree';
import { objectItems, stringField, stringItems } from './rule';

/** Slugs a document names: entities for entries' actors and places, entries for related. */
function linksOf(doc: ContentDoc): { entities: string[]; entries: string[] } {
  if (doc.type === 'entity') return { entities: [stringField(doc, 'parent')].filter((slug) => slug !== undefined), entries: [] };
  return {
    entities: [...stringItems(doc, 'actors'), ...stringItems(doc, 'jurisdictions')].map((item) => item.value),
    entries: objectItems(doc, 'related').flatMap((item) => (typeof item.value.entry === 'string' ? [item.value.entry] : [])),
  };
}

/** Display paths of the files to report on, for changed absolute paths under `contentRoot`. */
export function focusFiles(tree: ContentTree, contentRoot: string, changed: readonly string[]): Set<string> {
  const root = path.resolve(contentRoot);
  const inContent = changed.filter((file) => !path.relative(root, file).startsWith('..'));
  const focus = new Set(inContent.map(displayPath));
  const docs = [...tree.entries, ...tree.entities];

  // Slugs of changed documents, present or deleted, by what they are.
  const changedEntities = new Set<string>();
  const changedEntries = new Set<string>();
  let topicsChanged = false;
  for (const file of inContent) {
    const relative = path.relative(root, file).split(path.sep);
    const slug = path.basename(file, '.mdx');
    if (relative[0] === 'entities') changedEntities.add(slug);
    else if (relative[0] === 'entries') changedEntries.add(slug);
    else if (relative.join('/') === 'topics.yml') topicsChanged = true;
  }

  const isChanged = (doc: ContentDoc) => (doc.type === 'entry' ? changedEntries : changedEntities).has(doc.slug) && focus.has(doc.parsed.file);
  for (const doc of docs.filter(isChanged)) {
    const links = linksOf(doc);
    for (const other of docs) {
      const linksTo = other.type === 'entity' ? links.entities.includes(other.slug) : links.entries.includes(other.slug);
      if (linksTo) focus.add(other.parsed.file);
    }
  }
  for (const doc of docs) {
    const links = linksOf(doc);
    const linksHere =
      links.entities.some((slug) => changedEntities.has(slug)) ||
      links.entries.some((slug) => changedEntries.has(slug)) ||
      (topicsChanged && stringItems(doc, 'topics').length > 0);
    if (linksHere) focus.add(doc.parsed.file);
  }
  return focus;
}
