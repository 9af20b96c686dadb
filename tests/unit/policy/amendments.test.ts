import { describe, expect, it } from 'vitest';
import { adoptedOn, amendmentsOn, ruleRecords } from '@/lib/policy/rules';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../../support/collection';

const EU = entityDoc('european-union', { name: 'European Union', category: 'jurisdiction', level: 'supranational' });
const rule = { kind: 'legislation', jurisdictions: ['european-union'], scope: ['all'], measure: ['ban'] };

describe('amendments on the status page', () => {
  const collection = collectionOf(
    [
      entryDoc('2024-07-12-ai-act', { ...rule, status: 'in-effect', history: [{ date: '2024-07-12', status: 'enacted' }, { date: '2024-08-01', status: 'in-effect' }], effective: '2024-08-01' }),
      entryDoc('2026-06-29-omnibus', {
        ...rule,
        status: 'enacted',
        history: [{ date: '2026-06-16', status: 'passed' }, { date: '2026-06-29', status: 'enacted' }],
        effective: '2026-12-02',
        related: [{ entry: '2024-07-12-ai-act', rel: 'amends' }],
      }),
    ],
    [...PLACES, EU],
  );
  const act = ruleRecords(collection).find((record) => record.slug === '2024-07-12-ai-act')!;

  it('lists an amendment from the day it was adopted, not before', () => {
    expect(adoptedOn(act.amendments[0]!)).toBe('2026-06-29');
    expect(amendmentsOn(act, '2026-06-28')).toEqual([]);
    expect(amendmentsOn(act, '2026-07-15').map(({ slug, adopted, url }) => [slug, adopted, url])).toEqual([
      ['2026-06-29-omnibus', '2026-06-29', '/entries/2026-06-29-omnibus/'],
    ]);
  });
});
