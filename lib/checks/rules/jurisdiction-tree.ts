/** Places form a tree: a jurisdiction has a level, a parent is a larger place, and no loops. */
import type { Problem } from '../../content/problem';
import { inWords, LEVELS } from '../../content/vocab';
import { problemAt, stringField, type Rule } from '../rule';

const LEVEL_ORDER = ['city', 'county', 'state', 'country', 'supranational'];

export const jurisdictionTree: Rule = {
  id: 'jurisdiction-tree',
  description: 'Jurisdictions have a level; only jurisdictions have a parent or level; a parent is a larger jurisdiction; no loops.',
  check: ({ entities }) => {
    const bySlug = new Map(entities.map((doc) => [doc.slug, doc]));
    const problems: Problem[] = [];
    for (const doc of entities) {
      const category = stringField(doc, 'category');
      const level = stringField(doc, 'level');
      const parent = stringField(doc, 'parent');
      if (category === 'jurisdiction' && doc.parsed.data.level === undefined) {
        problems.push(problemAt(doc, ['category'], `is jurisdiction, so \`level\` is required (${inWords(LEVELS.values)})`));
      }
      if (category !== undefined && category !== 'jurisdiction') {
        for (const key of ['parent', 'level'] as const) {
          if (doc.parsed.data[key] !== undefined) {
            problems.push(problemAt(doc, [key], `is only for jurisdictions, but category is ${category}`));
          }
        }
        continue;
      }
      const parentDoc = parent === undefined ? undefined : bySlug.get(parent);
      if (!parentDoc) continue; // a missing parent is reported by the references rule
      if (stringField(parentDoc, 'category') !== 'jurisdiction') {
        problems.push(problemAt(doc, ['parent'], `"${parent}" is not a jurisdiction`));
        continue;
      }
      const parentLevel = stringField(parentDoc, 'level');
      if (level && parentLevel && LEVEL_ORDER.indexOf(parentLevel) <= LEVEL_ORDER.indexOf(level)) {
        problems.push(problemAt(doc, ['parent'], `"${parent}" is a ${parentLevel}, not larger than this ${level}`));
      }
      // Walk up; meeting this document again means a loop.
      const seen = new Set([doc.slug]);
      for (let up = parentDoc; up; up = bySlug.get(stringField(up, 'parent') ?? '')!) {
        if (seen.has(up.slug)) {
          problems.push(problemAt(doc, ['parent'], `leads back to "${up.slug}": parents must not form a loop`));
          break;
        }
        seen.add(up.slug);
      }
    }
    return problems;
  },
};
