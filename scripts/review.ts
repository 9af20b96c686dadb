/**
 * `npm run review`: what a maintainer should look at soonest. Rules whose term ends within
 * `--days` (90), open statuses by age of their last review, and entries that cite no primary
 * record. `--today <YYYY-MM-DD>` reviews as if on another day; `--content <dir>` reads another folder.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isRealDate, today as currentDay } from '../lib/content/dates';
import { loadCollectionFromDirectory } from '../lib/content/load-directory';
import { formatReview } from '../lib/review/format-review';
import { reviewQueue } from '../lib/review/review-queue';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    today: { type: 'string' },
    days: { type: 'string', default: '90' },
  },
});
const day = values.today ?? currentDay();
const horizon = Number(values.days);
if (!isRealDate(day)) {
  console.error(`npm run review -- --today: "${day}" is not a date written YYYY-MM-DD`);
  process.exit(2);
}
if (!Number.isInteger(horizon) || horizon < 1) {
  console.error(`npm run review -- --days: "${values.days}" is not a whole number of days`);
  process.exit(2);
}

const collection = await loadCollectionFromDirectory(path.resolve(values.content));
console.log(formatReview(reviewQueue(collection, day, horizon)).join('\n'));
