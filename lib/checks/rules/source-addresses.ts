/**
 * Every address a document cites (sources, archived copies, history steps, an entity's website)
 * must be a real public page: not an example host, a placeholder handle, a tracking link or a
 * backend host. See `lib/content/source-address.ts` for the short list of what is refused.
 */
import { sourceAddressProblem } from '../../content/source-address';
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import { objectItems, problemAt, stringField, type Rule } from '../rule';

/** Each address in a document with the path of its field. */
function addresses(doc: ContentDoc): { path: PropertyKey[]; value: string }[] {
  const found: { path: PropertyKey[]; value: string }[] = [];
  for (const { value, index } of objectItems(doc, 'sources')) {
    for (const key of ['url', 'archived']) {
      if (typeof value[key] === 'string') found.push({ path: ['sources', index, key], value: value[key] as string });
    }
  }
  for (const { value, index } of objectItems(doc, 'history')) {
    if (typeof value.source === 'string') found.push({ path: ['history', index, 'source'], value: value.source });
  }
  const website = stringField(doc, 'website');
  if (website !== undefined) found.push({ path: ['website'], value: website });
  return found;
}

export const sourceAddresses: Rule = {
  id: 'source-addresses',
  description: 'Cited addresses are real public pages: no example hosts, placeholder handles, tracking parameters or backend hosts.',
  check: ({ entries, entities }) =>
    [...entries, ...entities].flatMap((doc) =>
      addresses(doc).flatMap(({ path, value }): Problem[] => {
        const message = sourceAddressProblem(value);
        return message ? [problemAt(doc, path, message)] : [];
      }),
    ),
};
