/** How complete the record is: the counts on /coverage/ and the checked list of thin areas. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageOf } from '@/lib/coverage/coverage';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../support/collection';
import { makeContent, runScript, shown } from '../support/content-fixture';

describe('coverageOf', () => {
  const collection = collectionOf(
    [
      entryDoc('2019-05-14-sf-ban', { kind: 'legislation', jurisdictions: ['san-francisco'], status: 'enacted', measure: ['ban'], scope: ['police'] }),
      entryDoc('2019-10-08-ab-1215', { kind: 'legislation', jurisdictions: ['california'], status: 'enacted', measure: ['ban'], scope: ['police'] }),
      entryDoc('2020-06-10-amazon-pause', { kind: 'corporate' }),
      entryDoc('2022-03-09-italy-fine', { kind: 'legal', jurisdictions: ['italy'] }),
    ],
    [
      ...PLACES,
      entityDoc('texas', { name: 'Texas', category: 'jurisdiction', level: 'state', parent: 'united-states' }),
      entityDoc('european-union', { name: 'European Union', category: 'jurisdiction', level: 'supranational' }),
      entityDoc('italy', { name: 'Italy', category: 'jurisdiction', level: 'country', parent: 'european-union' }),
    ],
  );
  const coverage = coverageOf(collection);

  it('counts entries by year and kind, with totals', () => {
    expect(coverage.total).toBe(4);
    expect(coverage.byYear.map((row) => [row.year, row.total, row.counts.legislation])).toEqual([
      ['2019', 2, 2],
      ['2020', 1, 0],
      ['2022', 1, 0],
    ]);
    expect(coverage.byKind).toMatchObject({ legislation: 2, corporate: 1, legal: 1, advocacy: 0, research: 0 });
  });

  it('counts an entry for its place and every place containing it', () => {
    expect(coverage.countries.map((place) => [place.name, place.count])).toEqual([
      ['United States', 2],
      ['European Union', 1],
      ['Italy', 1],
    ]);
    expect(coverage.usStates.map((place) => [place.name, place.count])).toEqual([
      ['California', 2],
      ['Texas', 0],
    ]);
    expect(coverage.withoutPlace).toBe(1);
  });
});

describe('content/coverage.yml in the checker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file, the line and the field of a bad area', () => {
    const root = makeContent(dir);
    const file = path.join(root, 'coverage.yml');
    writeFileSync(file, ['- area: Africa', '  missing: Few entries.', '  checked: 2026-12-01', '- area: Courts', '  checked: 2026-02-30', ''].join('\n'));
    const result = runScript('scripts/check.ts', ['--content', root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${shown(file)}:4: [1].missing: must be text`);
    expect(result.stderr).toContain(`${shown(file)}:5: [1].checked: 2026-02-30 is not a real calendar date (YYYY-MM-DD)`);
  }, 120_000);

  it('reads topics.yml the same way: a bad item is named with its line, a missing file is a problem', () => {
    const root = makeContent(dir);
    const file = path.join(root, 'topics.yml');
    writeFileSync(file, ['- slug: ban', '  label: Ban', '  description: Bans.', '- slug: pause', '  description: Pauses.', ''].join('\n'));
    expect(runScript('scripts/check.ts', ['--content', root]).stderr).toContain(`${shown(file)}:4: [1].label: must be text`);
    rmSync(file);
    expect(runScript('scripts/check.ts', ['--content', root]).stderr).toMatch(new RegExp(`${shown(file)}:1: file: could not be read`));
  }, 120_000);
});
