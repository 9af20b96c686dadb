/** The timeline's islands (`/timeline/`): the header search, the filters and the overview. */
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { TIMELINE_EXPLORER_ISLAND } from '../timeline-islands';

mountIslands([HEADER_SEARCH_ISLAND, TIMELINE_EXPLORER_ISLAND]);
