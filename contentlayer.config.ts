/**
 * The content layer compiles each MDX body and collects the frontmatter. Field rules are not
 * repeated here: every frontmatter key is passed through as JSON and parsed by the project's own
 * schema (lib/content/schema.ts) when pages load it, after the checker has run.
 */
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { entitySchema, entrySchema } from './lib/content/schema';
import { disableCodeFrontmatter } from './lib/mdx/code-frontmatter';
import { REMARK_PLUGINS } from './lib/mdx/remark-plugins';

// Bodies and frontmatter come from strangers' pull requests: nothing in them may run as code,
// even when the checker was skipped. See lib/mdx/.
disableCodeFrontmatter();

/** One pass-through JSON field per schema key, so the schema stays the only list of fields. */
function passThrough(keys: string[]): FieldDefs {
  return Object.fromEntries(keys.map((key) => [key, { type: 'json', required: false }]));
}

export const Entry = defineDocumentType(() => ({
  name: 'Entry',
  filePathPattern: 'entries/*/*.mdx',
  contentType: 'mdx',
  fields: passThrough(Object.keys(entrySchema.shape)),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}));

export const Entity = defineDocumentType(() => ({
  name: 'Entity',
  filePathPattern: 'entities/*.mdx',
  contentType: 'mdx',
  fields: passThrough(Object.keys(entitySchema.shape)),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  // The topic list is read by lib/site-data.ts, not by the content layer.
  contentDirExclude: ['topics.yml'],
  documentTypes: [Entry, Entity],
  // Unknown keys are the checker's to report, with file and line; here they would only warn.
  onExtraFieldData: 'ignore',
  // Markdown, GFM and the project's components only; the last plugin throws on anything else.
  mdx: { remarkPlugins: REMARK_PLUGINS },
});
