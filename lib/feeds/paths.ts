/** Where the Atom feeds live, as site paths (absoluteUrl or withBasePath turn them into links). */
import type { Kind } from '../content/vocab';

export const SITE_FEED_PATH = '/feed.xml';
export const entityFeedPath = (slug: string): string => `/entities/${slug}/feed.xml`;
export const kindFeedPath = (kind: Kind): string => `/kinds/${kind}/feed.xml`;

/** The Atom type, for `<link rel="alternate" type=…>` tags. */
export const ATOM_TYPE = 'application/atom+xml';
