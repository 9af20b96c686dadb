/**
 * The timeline's islands: the landing page's filters and overview, and a year page's top (the
 * years, the count, a filter's matches) and foot (the pager). Their long lists are plain HTML
 * outside them (components/timeline/timeline-page.tsx, year-page.tsx).
 */
import { TimelineExplorer } from '../timeline/timeline-explorer';
import { YearPager, YearView } from '../timeline/year-view';
import { defineIsland } from './define-island';

export const TIMELINE_EXPLORER_ISLAND = defineIsland('timeline-explorer', TimelineExplorer);
export const YEAR_VIEW_ISLAND = defineIsland('timeline-year', YearView);
export const YEAR_PAGER_ISLAND = defineIsland('timeline-year-pager', YearPager);
