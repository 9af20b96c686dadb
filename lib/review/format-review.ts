/** The review queue as plain text for the terminal: three lists, each with a heading and a count. */
import { formatDate } from '../content/dates';
import { inWords, OPEN_STATUSES } from '../content/vocab';
import type { ReviewQueue } from './review-queue';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatReview(queue: ReviewQueue): string[] {
  const lines: string[] = [`What needs a look soonest, as of ${formatDate(queue.today)}`, ''];
  const section = (heading: string, rows: string[], none: string) => {
    lines.push(`${heading} (${rows.length})`);
    lines.push(...(rows.length > 0 ? rows.map((row) => `  ${row}`) : [`  ${none}`]), '');
  };
  section(
    `Rules whose term ends in the next ${queue.horizon} days`,
    queue.endingSoon.map(({ entry, ends, daysLeft }) => `${ends} (in ${plural(daysLeft, 'day')})  ${entry.sourceFile}  ${entry.title}`),
    'none: no rule in force has a term ending in that time',
  );
  section(
    'Open statuses, least recently reviewed first',
    queue.openStatuses.map(({ entry, status, age }) => `reviewed ${entry.reviewed} (${plural(age, 'day')} ago)  ${status}  ${entry.sourceFile}  ${entry.title}`),
    `none: no entry is ${inWords(OPEN_STATUSES)}`,
  );
  section(
    'Entries whose sources are all secondary (no primary record cited)',
    queue.secondaryOnly.map((entry) => `${entry.sourceFile}  ${entry.title}  [${[...new Set(entry.sources.map((s) => s.publisher))].join('; ')}]`),
    'none: every entry cites a primary record',
  );
  return lines;
}
