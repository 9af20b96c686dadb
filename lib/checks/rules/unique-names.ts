/**
 * An entity's slug, name and aliases are how readers find it (`company:aws`). If two entities
 * claim the same one, search can find the wrong entity, so each belongs to one entity only,
 * compared without case or accents. A slug claims it before a name, and a name before an alias;
 * between equal claims both files are told.
 */
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
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

const RULE = 'each name, slug and alias belongs to one entity, so search finds the right one';

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
    const at = (claim: Claim) => `${what(claim)} of "${claim.doc.slug}" (${claim.doc.parsed.file})`;
    for (const group of claims.values()) {
      if (new Set(group.map((claim) => claim.doc)).size < 2) continue;
      const best = Math.min(...group.map((claim) => claim.rank));
      const owners = group.filter((claim) => claim.rank === best);
      const ownerDocs = new Set(owners.map((claim) => claim.doc));
      for (const claim of group) {
        // A slug is the file's own name: a clash is reported on the other side.
        if (claim.rank === 0) continue;
        if (claim.rank === best && ownerDocs.size > 1) {
          // Equal claims (two names, two aliases): neither came first, so both are told of the other.
          const others = owners.filter((other) => other.doc !== claim.doc).map(at);
          problems.push(problemAt(claim.doc, claim.path, `"${claim.value}" is also ${others.join(' and ')}; ${RULE}`));
        } else if (!ownerDocs.has(claim.doc)) {
          problems.push(problemAt(claim.doc, claim.path, `"${claim.value}" is already ${at(owners[0]!)}; ${RULE}`));
        }
      }
    }
    return problems;
  },
};
