import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { slugFormat } from '@/lib/checks/rules/slug-format';
import { context, doc, entryYaml } from '../../support/docs';

const check = (...docs: Parameters<typeof doc>[]) => slugFormat.check(context(docs.map((args) => doc(...args)))).map(formatProblem);

describe('slug-format rule', () => {
  it('passes a slug that starts with the date', () => {
    expect(check(['entry', '2020-06-10-amazon-pause', entryYaml()])).toEqual([]);
  });

  it('wants the slug to start with the entry date', () => {
    expect(check(['entry', '2020-06-11-amazon-pause', entryYaml()])).toEqual([
      'content/entries/2020/2020-06-11-amazon-pause.mdx:3: date: is 2020-06-10 but the file name starts "2020-06-11"; name the file 2020-06-10-<words>.mdx',
    ]);
  });

  it('uses only the known part of the date for month and year precision', () => {
    const month = entryYaml({ date: 'date: 2020-08-01', datePrecision: 'datePrecision: month' });
    expect(check(['entry', '2020-08-jackson-ban', month])).toEqual([]);
    expect(check(['entry', '2020-08-01-jackson-ban', month])).toEqual([
      'content/entries/2020/2020-08-01-jackson-ban.mdx:3: date: is 2020-08-01 but the file name starts "2020-08-01"; name the file 2020-08-<words>.mdx',
    ]);
  });

  it('wants the file in the folder of its year', () => {
    const entry = doc('entry', '2020-06-10-amazon-pause', entryYaml());
    const moved = { ...entry, folder: '2021' };
    expect(slugFormat.check(context([moved])).map(formatProblem)).toEqual([
      'content/entries/2020/2020-06-10-amazon-pause.mdx:3: date: is in 2020 but the file is in the 2021 folder; move it to content/entries/2020/',
    ]);
  });

  it('rejects file names that are not lowercase kebab-case', () => {
    expect(check(['entity', 'Amazon_Web', 'name: Amazon\ncategory: company'])).toEqual([
      'content/entities/Amazon_Web.mdx:1: file: name "Amazon_Web" must be lowercase words joined by hyphens, like 2020-06-10-amazon-rekognition-police-moratorium.mdx',
    ]);
  });
});
