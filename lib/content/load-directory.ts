/**
 * Loads a content folder straight from disk into a collection, without the content step: for
 * tools (benchmarks) that need the data but not compiled bodies.
 */
import { readContentTree, type ContentDoc } from './content-tree';
import { buildCollection, type Collection, type GeneratedDoc } from './collection';

function asGenerated(doc: ContentDoc, folder: string): GeneratedDoc {
  return { ...doc.parsed.data, slug: doc.slug, body: { raw: doc.parsed.body, code: '' }, _raw: { sourceFilePath: `${folder}/${doc.slug}.mdx` } };
}

export async function loadCollectionFromDirectory(root: string): Promise<Collection> {
  const tree = readContentTree(root);
  if (tree.problems.length > 0) throw new Error(`${root}: ${tree.problems.length} files could not be read`);
  return buildCollection(
    tree.entries.map((doc) => asGenerated(doc, `entries/${doc.folder}`)),
    tree.entities.map((doc) => asGenerated(doc, 'entities')),
    tree.topics,
  );
}
