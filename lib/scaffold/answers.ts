/**
 * Checks what a contributor typed for `npm run new` and `npm run new:entity`, flag or prompt
 * alike, and says what is wrong in the checker's words, with "did you mean" where it helps.
 */
import { didYouMean } from '../content/suggest';
import { isRealDate } from '../content/dates';
import { SLUG, TITLE_MAX } from '../content/schema';
import { CATEGORIES, KINDS, LEVELS, type Category, type DatePrecision, type Kind, type Level } from '../content/vocab';
import { fail, ok, type Result } from '../result';

function oneOf<T extends string>(what: string, raw: string, values: readonly T[]): Result<T> {
  const value = raw.trim();
  const found = values.find((candidate) => candidate === value);
  if (found) return ok(found);
  return fail(`${what} "${value}" is not allowed; use one of: ${values.join(', ')}${didYouMean(value, values)}`);
}

export const parseKind = (raw: string): Result<Kind> => oneOf('kind', raw, KINDS.values);
export const parseCategory = (raw: string): Result<Category> => oneOf('category', raw, CATEGORIES.values);
export const parseLevel = (raw: string): Result<Level> => oneOf('level', raw, LEVELS.values);

export interface DateAnswer {
  /** Always a full `YYYY-MM-DD`: the 1st of the month or 1 January when less is known. */
  date: string;
  precision: DatePrecision;
}

/** `2020-06-24`, or `2020-06` and `2020` when only the month or the year is known. */
export function parseDate(raw: string): Result<DateAnswer> {
  const value = raw.trim();
  const full = /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  if (!isRealDate(full)) {
    return fail(`date "${value}" is not a real date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known`);
  }
  const precision: DatePrecision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return ok({ date: full, precision });
}

export function parseTitle(raw: string, what = 'title', max = TITLE_MAX): Result<string> {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value === '') return fail(`${what} must not be empty`);
  if (value.length > max) return fail(`${what} must be at most ${max} characters (it has ${value.length})`);
  return ok(value);
}

export function parseSlug(raw: string, what = 'slug'): Result<string> {
  const value = raw.trim();
  return SLUG.test(value) ? ok(value) : fail(`${what} "${value}" must be lowercase words joined by hyphens, like "san-francisco"`);
}

/** Entity slugs that exist; a missing one asks for `npm run new:entity` first. */
export function parseEntitySlugs(raw: readonly string[], known: ReadonlySet<string>, what: string): Result<string[]> {
  const slugs = raw.flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item !== '');
  if (slugs.length === 0) return fail(`${what} must name at least one entity slug, like amazon`);
  for (const slug of slugs) {
    if (!known.has(slug)) {
      return fail(`${what} "${slug}" is not an entity in content/entities/${didYouMean(slug, known)}; add it first with npm run new:entity`);
    }
  }
  return ok([...new Set(slugs)]);
}
