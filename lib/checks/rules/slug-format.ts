/** A file name is a slug: lowercase words joined by hyphens; an entry's starts with its date. */
import { isRealDate } from '../../content/dates';
import { SLUG } from '../../content/schema';
import { datePrefix } from '../../content/slugify';
import { problemAt, stringField, type Rule } from '../rule';

export const slugFormat: Rule = {
  id: 'slug-format',
  description: 'File names are lowercase kebab-case slugs; an entry\'s slug starts with its date and it sits in its year\'s folder.',
  check: ({ entries, entities }) => {
    const problems = [...entries, ...entities]
      .filter((doc) => !SLUG.test(doc.slug))
      .map((doc) => ({
        file: doc.parsed.file,
        line: 1,
        field: 'file',
        message: `name "${doc.slug}" must be lowercase words joined by hyphens, like 2020-06-10-amazon-rekognition-police-moratorium.mdx`,
      }));

    for (const entry of entries) {
      const date = stringField(entry, 'date');
      if (date === undefined || !isRealDate(date)) continue; // the schema rule reports it
      const prefix = datePrefix(date, stringField(entry, 'datePrecision'));
      // The slug's leading date must be exactly as precise as the date is known.
      const slugDate = /^\d{4}(?:-\d{2}){0,2}(?=-)/.exec(entry.slug)?.[0];
      if (slugDate !== prefix) {
        const start = slugDate ?? entry.slug.split('-')[0];
        problems.push(problemAt(entry, ['date'], `is ${date} but the file name starts "${start}"; name the file ${prefix}-<words>.mdx`));
      }
      if (entry.folder !== date.slice(0, 4)) {
        problems.push(problemAt(entry, ['date'], `is in ${date.slice(0, 4)} but the file is in the ${entry.folder} folder; move it to content/entries/${date.slice(0, 4)}/`));
      }
    }
    return problems;
  },
};
