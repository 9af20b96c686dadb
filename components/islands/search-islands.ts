/** The search page's island: the query box, results, facets and sort (components/search/search-page.tsx). */
import { SearchPage } from '../search/search-page';
import { defineIsland } from './define-island';

export const SEARCH_PAGE_ISLAND = defineIsland('search-page', SearchPage);
