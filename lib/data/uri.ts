/**
 * An address as a URI: sources are cited as their pages give them, and some carry non-ASCII
 * paths (Korean, Cyrillic) that a URI writes percent-encoded. Same page, standard form, so the
 * open data validates as `format: uri` and tools that expect URIs can follow it.
 */
export function asUri(address: string): string {
  return new URL(address).href;
}
