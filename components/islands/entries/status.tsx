/** The status page's islands: the header search and the date control with the day's lists. */
import { HEADER_SEARCH_ISLAND } from '../islands';
import { mountIslands } from '../mount-islands';
import { STATUS_ISLAND } from '../status-islands';

mountIslands([HEADER_SEARCH_ISLAND, STATUS_ISLAND]);
