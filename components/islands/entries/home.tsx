/** The home page's islands: the header search. */
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';

mountIslands([HEADER_SEARCH_ISLAND]);
