/** The status page's island (pages/status.tsx): the date control, which redraws the day's lists below it. */
import { StatusExplorer } from '../status/status-explorer';
import { defineIsland } from './define-island';

export const STATUS_ISLAND = defineIsland('status', StatusExplorer);
