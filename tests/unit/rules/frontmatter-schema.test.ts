import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { frontmatterSchema } from '@/lib/checks/rules/frontmatter-schema';
import { context, doc, entryYaml } from '../../support/docs';

const SLUG = '2020-06-10-amazon-pause';
const check = (overrides: Record<string, string | undefined>) =>
  frontmatterSchema.check(context([doc('entry', SLUG, entryYaml(overrides))])).map(formatProblem);
const FILE = `content/entries/2020/${SLUG}.mdx`;

describe('frontmatter-schema rule', () => {
  it('passes a complete entry', () => {
    expect(check({})).toEqual([]);
  });

  it('names each missing required field', () => {
    expect(check({ title: undefined, summary: undefined })).toEqual([
      `${FILE}:2: title: is required`,
      `${FILE}:2: summary: is required`,
    ]);
  });

  it('lists the allowed values for a wrong enum value and suggests the nearest', () => {
    expect(check({ kind: 'kind: corprate' })).toEqual([
      `${FILE}:4: kind: "corprate" is not allowed; use one of: corporate, legislation, advocacy, research, legal (did you mean "corporate"?)`,
    ]);
  });

  it('rejects dates that do not exist', () => {
    expect(check({ date: 'date: 2020-02-30' })).toEqual([`${FILE}:3: date: 2020-02-30 is not a real calendar date (YYYY-MM-DD)`]);
  });

  it('rejects a datePrecision outside day, month and year', () => {
    expect(check({ datePrecision: 'datePrecision: week' })).toEqual([
      `${FILE}:13: datePrecision: "week" is not allowed; use one of: day, month, year`,
    ]);
  });

  it('requires https source URLs, on the line of the URL', () => {
    expect(check({ sources: 'sources:\n  - title: T\n    url: http://example.com/a\n    publisher: P' })).toEqual([
      `${FILE}:9: sources[0].url: must be an https URL`,
    ]);
  });

  it('requires at least one source', () => {
    expect(check({ sources: 'sources: []' })).toEqual([`${FILE}:7: sources: must list at least one source`]);
  });

  it('limits title and summary length, saying how long they are', () => {
    expect(check({ title: `title: ${'a'.repeat(121)}` })).toEqual([`${FILE}:2: title: must be at most 120 characters (it has 121)`]);
    expect(check({ summary: `summary: ${'b'.repeat(301)}` })).toEqual([`${FILE}:5: summary: must be at most 300 characters (it has 301)`]);
  });

  it('rejects unknown keys, suggesting the field that was meant', () => {
    expect(check({ extra: 'jurisdiction: [united-states]' })).toEqual([
      `${FILE}:13: jurisdiction: is not a known field (did you mean "jurisdictions"?)`,
    ]);
    expect(check({ sources: 'sources:\n  - title: T\n    link: https://a.example\n    url: https://a.example\n    publisher: P' })).toEqual([
      `${FILE}:9: sources[0].link: is not a known field; allowed fields: title, url, publisher, date, archived`,
    ]);
  });

  it('checks entities against their own schema', () => {
    const problems = frontmatterSchema.check(context([doc('entity', 'amazon', 'name: Amazon\ncategory: corporation')])).map(formatProblem);
    expect(problems).toEqual([
      'content/entities/amazon.mdx:3: category: "corporation" is not allowed; use one of: company, organization, government, jurisdiction, person, product',
    ]);
  });
});
