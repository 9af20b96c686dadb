/**
 * The closed vocabularies of the content model. Each value carries a one-line meaning so that
 * the contributor guide, the checker's hints and the site's labels all read from one place.
 */

/** Defines a vocabulary: the values in order, each with the words shown to readers. */
function vocabulary<const T extends string>(entries: Record<T, string>) {
  const values = Object.keys(entries) as [T, ...T[]];
  return { values, describe: (value: T): string => entries[value] };
}

/** A list as prose: "a, b or c" (or "a, b and c"), so sentences that list a vocabulary read it from here. */
export function inWords(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values.at(-1)}`;
}

export const KINDS = vocabulary({
  corporate: 'company announcements and policies',
  legislation: 'bills, ordinances, regulations, executive orders',
  advocacy: 'statements, letters, campaigns',
  research: 'studies, audits, tests',
  legal: 'lawsuits, settlements, regulator decisions',
});
export type Kind = (typeof KINDS.values)[number];

export const DATE_PRECISIONS = vocabulary({
  day: 'the exact day is known',
  month: 'only the month is known (write the 1st of the month)',
  year: 'only the year is known (write 1 January)',
});
export type DatePrecision = (typeof DATE_PRECISIONS.values)[number];

export const STATUSES = vocabulary({
  proposed: 'introduced or announced, not yet adopted',
  passed: 'passed a vote, not yet signed into law',
  enacted: 'signed or adopted, not yet in force',
  'in-effect': 'in force',
  expired: 'ended by its own term',
  extended: 'its term was lengthened; still in force',
  repealed: 'ended by a later rule',
  superseded: 'carried on by a later entry: a bill or draft by the act it became, a rule by its replacement',
  suspended: 'set aside while a later rule replaces it; returns if that rule lapses',
  withdrawn: 'withdrawn by whoever proposed it',
  failed: 'voted down, vetoed or died',
  settled: 'a case ended by agreement',
  ongoing: 'a case or process still under way',
});
export type Status = (typeof STATUSES.values)[number];

/** Statuses expected to change (a bill in progress, a case under way): they need a fresh look. */
export const OPEN_STATUSES: readonly Status[] = ['proposed', 'passed', 'ongoing'];
/** How many months an open status may go without anyone checking it. */
export const REVIEW_MONTHS = 12;

export const RELATIONS = vocabulary({
  'responds-to': 'responds to',
  'follows-up': 'follows up',
  extends: 'extends',
  amends: 'amends',
  supersedes: 'supersedes',
  repeals: 'repeals',
  implements: 'implements',
  challenges: 'challenges',
  supports: 'supports',
  opposes: 'opposes',
  cites: 'cites',
});
export type Relation = (typeof RELATIONS.values)[number];

/** How the other side of a link reads: "A extends B" shows on B's page as "extended by A". */
export const INVERSE_RELATION_WORDS: Record<Relation, string> = {
  'responds-to': 'responded to by',
  'follows-up': 'followed up by',
  extends: 'extended by',
  amends: 'amended by',
  supersedes: 'superseded by',
  repeals: 'repealed by',
  implements: 'implemented by',
  challenges: 'challenged by',
  supports: 'supported by',
  opposes: 'opposed by',
  cites: 'cited by',
};

export const SCOPES = vocabulary({
  police: 'police and other law-enforcement agencies',
  government: 'government bodies in general',
  'private-sector': 'companies and other private parties',
  schools: 'schools',
  'public-housing': 'public housing',
  'federal-agencies': 'federal agencies',
  all: 'everyone',
});
export type Scope = (typeof SCOPES.values)[number];

export const MEASURES = vocabulary({
  ban: 'forbids the use',
  moratorium: 'pauses the use for a time',
  'sales-halt': 'a vendor stops selling to some buyers',
  'product-exit': 'a vendor leaves the market',
  'use-restrictions': 'conditions on use (warrants, notice, audits)',
  'consent-requirement': 'requires consent before collection',
  disclosure: 'requires notice or reporting',
  penalty: 'a fine or other sanction',
  'call-for-regulation': 'asks lawmakers to regulate',
});
export type Measure = (typeof MEASURES.values)[number];

export const CATEGORIES = vocabulary({
  company: 'a company',
  organization: 'a non-profit, advocacy group, research body or publication',
  government: 'a legislature, agency, court, regulator or police force',
  jurisdiction: 'a place whose rules apply: city, county, state, country or union',
  person: 'a person',
  product: 'a product or service',
});
export type Category = (typeof CATEGORIES.values)[number];

export const LEVELS = vocabulary({
  city: 'a city or town',
  county: 'a county',
  state: 'a state, province or nation within a country',
  country: 'a country',
  supranational: 'a union of countries',
});
export type Level = (typeof LEVELS.values)[number];
