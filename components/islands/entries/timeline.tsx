/** The timeline's islands (`/timeline/`): the header search, the filters and the overview. */
import { startMatching } from '../../timeline/use-timeline-matches';
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { TIMELINE_EXPLORER_ISLAND } from '../timeline-islands';

// With a filter in the address, its data files download while the islands hydrate.
startMatching(window.location.search);
mountIslands([HEADER_SEARCH_ISLAND, TIMELINE_EXPLORER_ISLAND]);
