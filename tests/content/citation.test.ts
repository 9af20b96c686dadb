/** The citation of one known entry, exactly as a reader copies it. */
import { describe, expect, it } from 'vitest';
import { citationOf } from '@/lib/citation/cite';
import { parseSiteUrl } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';

const entry = getCollection().getEntry('2020-06-10-amazon-rekognition-police-moratorium');
const citation = entry ? citationOf(entry, parseSiteUrl('https://example.org/tracker')) : undefined;
const permalink = 'https://example.org/tracker/entries/2020-06-10-amazon-rekognition-police-moratorium/';

describe('citing the Amazon moratorium entry (added and last reviewed 26 November 2026)', () => {
  it('gives APA-style text', () => {
    expect(citation?.apa).toBe(
      'Facial Recognition Policy Tracker. (2026, November 26). Amazon pauses police use of Rekognition for a year. ' +
        `Retrieved November 26, 2026, from ${permalink}`,
    );
  });

  it('gives BibTeX', () => {
    expect(citation?.bibtex).toBe(`@misc{frpt:2020-06-10-amazon-rekognition-police-moratorium,
  author = {{Facial Recognition Policy Tracker}},
  title = {{Amazon pauses police use of Rekognition for a year}},
  year = {2026},
  month = nov,
  url = {${permalink}},
  urldate = {2026-11-26}
}`);
  });

  it('gives CSL-JSON', () => {
    expect(citation?.cslJson).toBe(`[
  {
    "id": "frpt:2020-06-10-amazon-rekognition-police-moratorium",
    "type": "webpage",
    "title": "Amazon pauses police use of Rekognition for a year",
    "author": [
      {
        "literal": "Facial Recognition Policy Tracker"
      }
    ],
    "container-title": "Facial Recognition Policy Tracker",
    "abstract": "Amazon announced a one-year moratorium on police use of its Rekognition facial recognition service, saying it hoped Congress would use the time to write rules. Groups fighting human trafficking and finding missing children could keep using it.",
    "issued": {
      "date-parts": [[2026, 11, 26]]
    },
    "accessed": {
      "date-parts": [[2026, 11, 26]]
    },
    "URL": "${permalink}"
  }
]`);
  });
});
