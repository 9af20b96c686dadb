/**
 * The header search's island, which every page with islands mounts; each page's own islands are
 * named in its `*-islands.ts` file beside this one.
 */
import { HeaderSearch } from '../search/header-search';
import { defineIsland } from './define-island';

/** The header's search box with suggestions; without its script it is a plain form to /search/. */
export const HEADER_SEARCH_ISLAND = defineIsland('header-search', HeaderSearch);
