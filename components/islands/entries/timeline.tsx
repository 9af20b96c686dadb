/** The timeline's islands (`/timeline/`): the header search, the filters and the overview. */
import { startMatching } from '../../timeline/use-timeline-matches';
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { TIMELINE_EXPLORER_ISLAND } from '../timeline-islands';

// With a filter in the address, its data files download while the islands hydrate. The islands
// start in a task after this one: the modules' evaluation and the first island's hydration
// together made one long task on a slow phone.
startMatching(window.location.search);
setTimeout(() => mountIslands([HEADER_SEARCH_ISLAND, TIMELINE_EXPLORER_ISLAND]), 0);
