/** Search forgives: one typo in longer words, other words for the same thing, most of the words. */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type IndexSource } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { highlight } from '@/lib/search/highlight';
import { memorySource } from '@/lib/search/source';
import { withinOneTypo } from '@/lib/search/text';

const page = (title: string, body = ''): IndexSource => ({
  doc: { type: 'entry', date: '2020-06-10', precision: 'day', kind: 'corporate', actors: [], places: [], topics: [], scope: [], measure: [] },
  text: { slug: title.toLowerCase().replace(/\W+/g, '-'), title, summary: title },
  fields: { title, names: '', keywords: '', summary: title, body },
});

const PAGES = [
  page('Amazon pauses police use of Rekognition', 'The court ruling came later.'),
  page('Town prohibits scanners'),
  page('Village bans cameras'),
  page('Council moratorium on drones'),
  page('County pauses its program'),
  page('Law enforcement agencies buy licences'),
  page('Sheriff police buy licences'),
  page('Face scanning at stadiums'),
  page('Facial scanning at airports'),
  page('Zebra crossing rules for Oxford'),
  page('Crossing guards'),
  page('Cambridge bikes'),
  page('Oxford zebra'),
  page('IBM leaves the face recognition market'),
  page('Face recognition at the airport', 'A traveller departs through the IBM scanner.'),
  page('Face recognition at stations'),
  page('Face recognition in shops'),
  page('Face recognition in schools'),
];
const engine = await SearchEngine.open(memorySource(JSON.parse(JSON.stringify(buildSearchFiles(PAGES, { entities: [], topics: [] })))));
const titles = async (query: string) => (await engine.search(query, { show: 50 })).results.map((result) => result.text?.title);

describe('one typo', () => {
  it('counts a letter added, dropped, changed, or two neighbours swapped, and nothing more', () => {
    expect(withinOneTypo('rekognitoin', 'rekognition')).toBe(true);
    expect(withinOneTypo('rekognitin', 'rekognition')).toBe(true);
    expect(withinOneTypo('rekognitionn', 'rekognition')).toBe(true);
    expect(withinOneTypo('rekagnition', 'rekognition')).toBe(true);
    expect(withinOneTypo('rekagnitoin', 'rekognition')).toBe(false);
    expect(withinOneTypo('court', 'count')).toBe(true);
    expect(withinOneTypo('court', 'scout')).toBe(false);
  });

  it('finds words of five letters or more one typo away, and says which word it used', async () => {
    expect(await titles('rekognitoin')).toEqual(['Amazon pauses police use of Rekognition']);
    expect(await titles('rulnig')).toEqual(['Amazon pauses police use of Rekognition']);
    const response = await engine.search('rekognitoin');
    expect(response.hints).toEqual(['No page has “rekognitoin”; showing pages with “rekognition”.']);
    expect(response.words).toContain('rekognition');
  });

  it('takes words under five letters as typed', async () => {
    expect(await titles('cort')).toEqual([]);
    expect(await titles('bnas')).toEqual([]);
    // Five letters: forgiven.
    expect(await titles('zebar')).toEqual(['Zebra crossing rules for Oxford', 'Oxford zebra']);
    expect(await titles('rulig')).toEqual(['Amazon pauses police use of Rekognition']);
    expect(await titles('zbra')).toEqual([]);
  });
});

describe('words for the same thing', () => {
  const pairs: [string, string, string, string][] = [
    ['ban', 'Town prohibits scanners', 'prohibit', 'Village bans cameras'],
    ['moratorium', 'County pauses its program', 'pause', 'Council moratorium on drones'],
    ['police', 'Law enforcement agencies buy licences', 'law enforcement', 'Sheriff police buy licences'],
    ['face', 'Facial scanning at airports', 'facial', 'Face scanning at stadiums'],
  ];
  for (const [word, findsOther, other, findsWord] of pairs) {
    it(`"${word}" finds "${other}" and the reverse`, async () => {
      expect(await titles(word)).toContain(findsOther);
      expect(await titles(other)).toContain(findsWord);
    });
  }

  it('marks the other word in results', () => {
    expect(highlight('Town prohibits scanners', ['ban']).filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['prohibits']);
    expect(highlight('Facial scanning', ['face']).filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['Facial']);
  });
});

describe('most of the words', () => {
  it('keeps pages holding most words when none holds all, best first, and says so', async () => {
    const response = await engine.search('zebra crossing oxford cambridge', { show: 10 });
    // Three of the four words; "Oxford zebra" holds two, not most.
    expect(response.results.map((result) => result.text?.title)).toEqual(['Zebra crossing rules for Oxford']);
    expect(response.hints).toEqual(['No page has all of “zebra crossing oxford cambridge”; showing pages with most of the words.']);
    // Two of three is most: the page holding all three comes first.
    expect(await titles('zebra crossing oxford')).toEqual(['Zebra crossing rules for Oxford', 'Oxford zebra']);
  });

  it('ranks a page holding the rare words above one holding every word in passing', async () => {
    const shown = await titles('ibm departs face recognition');
    expect(shown[0]).toBe('IBM leaves the face recognition market');
    expect(shown).toContain('Face recognition at the airport');
  });

  it('leaves out a word no page holds, and says so', async () => {
    const response = await engine.search('zebra qwxyzzy', { show: 10 });
    expect(response.results.map((result) => result.text?.title)).toEqual(['Zebra crossing rules for Oxford', 'Oxford zebra']);
    expect(response.hints).toEqual(['No page has “qwxyzzy”; searched for the other words.']);
  });
});
