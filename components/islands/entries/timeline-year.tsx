/** A timeline year page's islands (`/timeline/<year>/`): the header search, the years and count, the pager. */
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { YEAR_PAGER_ISLAND, YEAR_VIEW_ISLAND } from '../timeline-islands';

mountIslands([HEADER_SEARCH_ISLAND, YEAR_VIEW_ISLAND, YEAR_PAGER_ISLAND]);
