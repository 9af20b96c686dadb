/**
 * An entity's slug, name and aliases are how readers find it (`company:aws`). If two entities
 * claim the same one, search can find the wrong entity, so each belongs to one entity only,
 * compared without case or accents. The slug or name claims it before an alias does; between
 * equal claims, the file that sorts first keeps it.
 */
import type { ContentDoc } from '../content-tree';
import type { Problem } from '../problem';
import { problemAt, stringField, stringItems, type Rule } from '../rule';

/** "Québec City" and "quebec-city" compare equal: no case, no accents, words only. */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Claim {
  doc: ContentDoc;
  /** 0 for the slug, 1 for the name, 2 for an alias: lower claims first. */
  rank: number;
  path: (string | number)[];
  value: string;
}

const what = (claim: Claim) => (claim.rank === 0 ? 'the slug' : claim.rank === 1 ? 'the name' : 'an alias');

export const uniqueNames: Rule = {
  id: 'unique-names',
  description: 'No two entities share a slug, name or alias, ignoring case and accents.',
  check: ({ entities }) => {
    const claims = new Map<string, Claim[]>();
    const add = (claim: Claim) => {
      const key = nameKey(claim.value);
      if (key === '') return;
      claims.set(key, [...(claims.get(key) ?? []), claim]);
    };
    for (const doc of entities) {
      add({ doc, rank: 0, path: [], value: doc.slug });
      const name = stringField(doc, 'name');
      if (name !== undefined) add({ doc, rank: 1, path: ['name'], value: name });
      for (const { value, index } of stringItems(doc, 'aliases')) add({ doc, rank: 2, path: ['aliases', index], value });
    }
    const problems: Problem[] = [];
    for (const group of claims.values()) {
      const holders = new Set(group.map((claim) => claim.doc));
      if (holders.size < 2) continue;
      const sorted = [...group].sort((a, b) => a.rank - b.rank || a.doc.parsed.file.localeCompare(b.doc.parsed.file));
      const owner = sorted[0]!;
      for (const claim of sorted) {
        // The owner's other claims on the same words (its name and its slug) are its own.
        if (claim.doc === owner.doc || claim.rank === 0) continue;
        problems.push(
          problemAt(
            claim.doc,
            claim.path,
            `"${claim.value}" is already ${what(owner)} of "${owner.doc.slug}" (${owner.doc.parsed.file}); each name, slug and alias belongs to one entity, so search finds the right one`,
          ),
        );
      }
      // Two slugs can only clash through case or accents, which the slug format already refuses.
    }
    return problems;
  },
};
