/** The search page's islands: the header search and the page's own search. */
import { startAddressSearch } from '../../search/page-search';
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { SEARCH_PAGE_ISLAND } from '../search-islands';

// The query in the address is searched at once, while the islands hydrate, not after.
startAddressSearch();
mountIslands([HEADER_SEARCH_ISLAND, SEARCH_PAGE_ISLAND]);
