/**
 * How each field is indexed, in one module used both where the index is built and in the
 * browser that loads it. Prefix ("forward") matching stays on the short fields: on full text
 * it made a 10,000-document index about 70 MB when measured.
 */
import { Charset, Encoder, Index, type IndexOptions } from 'flexsearch';
import { isPrefixed, type SearchField } from './fields';
import { canonicalTerms } from './text';

/**
 * flexsearch's default encoder (folds case and accents, collapses repeated letters, so
 * "massachusets" finds "Massachusetts"), then the project's last step: plural stems and the words
 * readers use for the same thing ("bans" and "prohibited" are both "ban"). Index and query share it.
 */
const encoder = new Encoder({ ...Charset.Default, finalize: canonicalTerms });

function optionsFor(field: SearchField): IndexOptions {
  return { tokenize: isPrefixed(field) ? 'forward' : 'strict', encoder, resolution: 9 };
}

/** An empty index for a field, configured the same way everywhere. */
export function createFieldIndex(field: SearchField): Index {
  return new Index(optionsFor(field));
}

/** The keys one query word is looked up under, as the index encoded them. */
export function encodeWord(word: string): string[] {
  return encoder.encode(word);
}
