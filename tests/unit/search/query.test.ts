import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery, type QueryVocabulary } from '@/lib/search/query';

const vocab: QueryVocabulary = {
  entities: [
    { slug: 'amazon', name: 'Amazon', aliases: ['AWS', 'Rekognition'], category: 'company' },
    { slug: 'meta', name: 'Meta', aliases: ['Facebook'], category: 'company' },
    { slug: 'clearview-ai', name: 'Clearview AI', aliases: [], category: 'company' },
    { slug: 'united-states', name: 'United States', aliases: ['USA'], category: 'jurisdiction' },
    { slug: 'boston', name: 'Boston', aliases: [], category: 'jurisdiction' },
  ],
  topics: [
    { slug: 'ban', label: 'Ban' },
    { slug: 'law-enforcement', label: 'Law enforcement' },
  ],
};
const parse = (q: string) => parseQuery(q, vocab);

describe('parseQuery', () => {
  it('keeps plain words, folded, without stopwords', () => {
    expect(parse('Police and Café')).toMatchObject({ terms: ['police', 'cafe'], hints: [] });
  });

  it('reads dates in plain words as date ranges', () => {
    expect(parse('June 2020').dates).toEqual([{ from: '2020-06-01', to: '2020-06-30', label: 'June 2020' }]);
    expect(parse('jun 2020').dates).toEqual([{ from: '2020-06-01', to: '2020-06-30', label: 'jun 2020' }]);
    expect(parse('2019').dates).toEqual([{ from: '2019-01-01', to: '2019-12-31', label: '2019' }]);
    expect(parse('2020-06').dates).toEqual([{ from: '2020-06-01', to: '2020-06-30', label: '2020-06' }]);
    expect(parse('2020-06-10').dates).toEqual([{ from: '2020-06-10', to: '2020-06-10', label: '2020-06-10' }]);
    expect(parse('bans in 2019')).toMatchObject({ terms: ['bans'], dates: [{ from: '2019-01-01', to: '2019-12-31' }] });
    expect(parse('amazon june 2020')).toMatchObject({ terms: ['amazon'], dates: [{ label: 'june 2020' }] });
  });

  it('reads company:, actor:, in: and jurisdiction: by slug, name or alias', () => {
    expect(parse('company:amazon').filters.actor).toEqual(['amazon']);
    expect(parse('actor:AWS').filters.actor).toEqual(['amazon']);
    expect(parse('company:facebook').filters.actor).toEqual(['meta']);
    expect(parse('company:"clearview ai"').filters.actor).toEqual(['clearview-ai']);
    expect(parse('company:clearview-ai').filters.actor).toEqual(['clearview-ai']);
    expect(parse('in:usa').filters.jurisdiction).toEqual(['united-states']);
    expect(parse('jurisdiction:boston').filters.jurisdiction).toEqual(['boston']);
  });

  it('reads kind:, topic: and status:', () => {
    expect(parse('kind:legislation topic:ban status:in-effect').filters).toMatchObject({ kind: ['legislation'], topic: ['ban'], status: ['in-effect'] });
    expect(parse('topic:"law enforcement"').filters.topic).toEqual(['law-enforcement']);
  });

  it('reads scope: and measure: by value or in words, as the timeline filters them', () => {
    expect(parse('measure:ban scope:police').filters).toMatchObject({ measure: ['ban'], scope: ['police'] });
    expect(parse('measure:"sales halt" status:"in effect"').filters).toMatchObject({ measure: ['sales-halt'], status: ['in-effect'] });
    expect(parse('measure:moratoriums').filters.measure).toEqual(['moratorium']);
    expect(parse('measure:rumour').hints).toEqual([
      'measure: takes one of ban, moratorium, sales-halt, product-exit, use-restrictions, consent-requirement, disclosure, penalty, call-for-regulation.',
    ]);
    expect(parse('scope:').hints).toEqual(['scope: needs a value, like scope:police.']);
  });

  it('reads from:/after: and to:/before: with years, months and days', () => {
    expect(parse('from:2021').filters.from).toBe('2021-01-01');
    expect(parse('after:2020-06').filters.from).toBe('2020-06-01');
    expect(parse('to:2021-12').filters.to).toBe('2021-12-31');
    expect(parse('before:2020-06-10').filters.to).toBe('2020-06-10');
  });

  it('combines words, filters and dates', () => {
    const parsed = parse('microsoft police 2020');
    expect(parsed.terms).toEqual(['microsoft', 'police']);
    expect(parsed.dates.map((d) => d.label)).toEqual(['2020']);
    expect(parse('company:amazon from:2021')).toMatchObject({ terms: [], filters: { actor: ['amazon'], from: '2021-01-01' } });
  });

  it('gives a one-line hint for impossible dates and unknown values', () => {
    expect(parse('from:2020-13').hints).toEqual(['from: takes a date like 2020-06']);
    expect(parse('to:2021-02-30').hints).toEqual(['to: takes a date like 2020-06']);
    expect(parse('company:amazn').hints).toEqual(['No company or organisation is called "amazn"; did you mean amazon?']);
    expect(parse('kind:rumour').hints).toEqual(['kind: takes one of corporate, legislation, advocacy, research, legal.']);
    expect(parse('status:alive').hints[0]).toMatch(/^status: takes one of proposed, passed/);
    expect(parse('from:').hints).toEqual(['from: needs a value, like from:2020-06.']);
  });

  it('treats unknown filter keys as words and says so', () => {
    const parsed = parse('colour:red amazon');
    expect(parsed.terms).toEqual(['colour', 'red', 'amazon']);
    expect(parsed.hints).toEqual(['"colour:" is not a filter; use kind:, company:, in:, topic:, status:, scope:, measure:, from: or to:. Searched for the words instead.']);
  });

  it('survives empty, huge, HTML and regex input', () => {
    expect(parse('')).toMatchObject({ terms: [], dates: [], hints: [] });
    const huge = parse('amazon '.repeat(2000));
    expect(huge.hints).toEqual([`Only the first ${MAX_QUERY_LENGTH} characters of the query were used.`]);
    expect(huge.terms).toEqual(['amazon']);
    expect(parse('<script>alert(1)</script>').terms).toEqual(['script', 'alert']);
    // Only single letters are left here, so they are searched ("a" is a stopword).
    expect(parse('.*( [a-z]+ $^ \\')).toMatchObject({ terms: ['z'], dates: [], hints: [] });
    expect(parse('(((((((a+)+)+)+)+)+)+$ amazon').terms).toEqual(['amazon']);
  });
});
