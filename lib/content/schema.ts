/**
 * The content model: one schema per document type, the single source of truth for every field
 * rule. The checker reports against it, the loader parses the generated collections through it,
 * and the contributor guide's field tables are generated from it: each field's `.describe()` is
 * its meaning there, and the building blocks' FIELD_FORMATS entry says what to write.
 */
import { z } from 'zod';
import { isRealDate } from './dates';
import { SLUG } from './slugify';
import { codePoint, describeHidden, firstHidden } from './visible-text';
import {
  CATEGORIES,
  DATE_PRECISIONS,
  KINDS,
  LEVELS,
  MEASURES,
  RELATIONS,
  SCOPES,
  STATUSES,
} from './vocab';

/**
 * What to write in a field, for the contributor guide and the scaffold's TODOs. A registry of its
 * own, not zod's global metadata, so it never leaks into the open data's JSON Schema. Copies made
 * by `.describe()` inherit their original's entry.
 */
export const FIELD_FORMATS = z.registry<{ format: string; kind: 'date' | 'url' | 'slug' | 'text' }>();

export const TITLE_MAX = 120;
export const SUMMARY_MAX = 300;
export { SLUG };

/** A real calendar day written `YYYY-MM-DD`. */
export const dateField = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a real calendar date (YYYY-MM-DD)` })
  .register(FIELD_FORMATS, { format: 'date `YYYY-MM-DD`', kind: 'date' });

/** A lowercase kebab-case reference to another document's file name. */
export const slugField = z
  .string({ error: 'must be a slug' })
  .regex(SLUG, { error: 'must be lowercase words joined by hyphens, like "san-francisco"' })
  .register(FIELD_FORMATS, { format: 'slug', kind: 'slug' });

/** An absolute `https://` address. */
export const httpsUrl = z.string({ error: 'must be an https URL' }).refine(
  (value) => {
    try {
      if (!noHiddenCharacters(value)) return false;
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { error: 'must be an https URL' },
).register(FIELD_FORMATS, { format: '`https://` address', kind: 'url' });

/**
 * No control, bidirectional or zero-width characters: they reach page titles, feeds, calendars and
 * citations, where they break the XML, reorder what readers see or hide inside words.
 */
const noHiddenCharacters = (value: string) => firstHidden(value) === undefined;
const hiddenCharacterMessage = (input: unknown) => {
  const found = typeof input === 'string' ? firstHidden(input.trim()) : undefined;
  return found
    ? `contains ${describeHidden(found.character)} (${codePoint(found.character)}) at character ${found.position}; remove it`
    : 'contains a hidden character; remove it';
};

/** Text that is present and not only spaces, with no hidden characters. */
const text = (max?: number) => {
  const base = z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .refine(noHiddenCharacters, { error: (issue) => hiddenCharacterMessage(issue.input) });
  return max === undefined
    ? base.register(FIELD_FORMATS, { format: 'text', kind: 'text' })
    : base.max(max, { error: `must be at most ${max} characters` }).register(FIELD_FORMATS, { format: `text, at most ${max} characters`, kind: 'text' });
};

/** A list of unique values. */
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item, { error: 'must be a list' })
    .refine((list) => new Set(list).size === list.length, { error: 'must not list the same value twice' });

export const sourceSchema = z.strictObject({
  title: text(300).describe('The headline or title of the cited page, as it reads there.'),
  url: httpsUrl.describe('Where the page lives; https only.'),
  publisher: text(120).describe('Who published it: "Reuters", "ACLU", "Congress.gov".'),
  date: dateField.optional().describe('When the page was published, if it says.'),
  archived: httpsUrl.optional().describe('A copy in a web archive, for pages that may move or vanish.'),
});

export const historyStepSchema = z.strictObject({
  date: dateField.describe('The day the status changed.'),
  status: z.enum(STATUSES.values).describe('The status from that day on.'),
  note: text(300).optional().describe('What happened, in a few words: "Senate vote 40-0".'),
  source: httpsUrl.optional().describe('A page that shows this step, when it is not among the entry\'s sources.'),
});

export const relatedSchema = z.strictObject({
  entry: slugField.describe('The slug of the other entry.'),
  rel: z.enum(RELATIONS.values).describe('How this entry relates to it; the inverse shows on the other page by itself.'),
});

export const entrySchema = z.strictObject({
  title: text(TITLE_MAX).describe('A plain sentence naming the event.'),
  date: dateField.describe('The day it happened; where sources disagree, see "Disputed dates" in the contributor guide.'),
  datePrecision: z.enum(DATE_PRECISIONS.values).optional().describe('How much of `date` is known; `month` and `year` dates are written on the 1st.'),
  kind: z.enum(KINDS.values).describe('What sort of event this is.'),
  summary: text(SUMMARY_MAX).describe('One or two sentences that stand alone in lists and search results.'),
  actors: uniqueList(slugField)
    .refine((list) => list.length > 0, { error: 'must name at least one actor' })
    .describe('Entity slugs of who acted: a company, an organisation, a legislature.'),
  binds: uniqueList(slugField)
    .optional()
    .describe(
      'Entity slugs of who a rule binds: the company a settlement or order constrains, the agency whose own policy it is. Legislation binds its `jurisdictions` and a company\'s own policy with one actor binds that company unless this says otherwise; every other rule must name it.',
    ),
  jurisdictions: uniqueList(slugField).optional().describe('Entity slugs of the places the event applies to.'),
  topics: uniqueList(slugField).optional().describe('Topic slugs from content/topics.yml.'),
  status: z.enum(STATUSES.values).optional().describe('Where the rule or case stands now; required for legislation and for policies.'),
  history: z
    .array(historyStepSchema, { error: 'must be a list' })
    .optional()
    .describe('Dated status changes, oldest first; the last one is the current status.'),
  effective: dateField.optional().describe('The day the rule took effect.'),
  expires: dateField.optional().describe('The day the rule ends by its own term, unless a later step extends it.'),
  related: z
    .array(relatedSchema, { error: 'must be a list' })
    .optional()
    .describe('Links to other entries; write each link once, on the later or acting entry.'),
  scope: uniqueList(z.enum(SCOPES.values)).optional().describe('Which kinds of body the rule binds (police, schools…); required for policies.'),
  measure: uniqueList(z.enum(MEASURES.values)).optional().describe('What the rule does; required for policies.'),
  exceptions: z.array(text(200), { error: 'must be a list' }).optional().describe('Carve-outs in plain words: "child-exploitation investigations".'),
  sources: z
    .array(sourceSchema, { error: 'must be a list of sources' })
    .min(1, { error: 'must list at least one source' })
    .describe('The pages that support the entry; at least one, the primary source where it exists.'),
  added: dateField.describe('The day the entry joined the site.'),
  reviewed: dateField.describe('The day someone last checked the entry against its sources.'),
});

/** Fields legislation must have; other kinds need them only when they are policies. */
export const LEGISLATION_FIELDS: readonly string[] = ['status', 'scope', 'measure'];

export const entitySchema = z.strictObject({
  name: text(120).describe('The name readers know it by.'),
  category: z.enum(CATEGORIES.values).describe('What sort of entity it is.'),
  aliases: uniqueList(text(120)).optional().describe('Other names readers type: "AWS", "Rekognition", "Facebook", a bill number.'),
  website: httpsUrl.optional().describe('The official website.'),
  parent: slugField.optional().describe('For a jurisdiction, the slug of the larger one it sits in: seattle → washington.'),
  level: z.enum(LEVELS.values).optional().describe('For a jurisdiction, how large it is.'),
});

export const topicSchema = z.strictObject({
  slug: slugField.describe('The topic\'s slug, used in entries\' `topics`.'),
  label: text(60).describe('The label readers see.'),
  description: text(300).describe('What belongs under it.'),
});
export const topicsFileSchema = z.array(topicSchema, { error: 'must be a list of topics' });

/** One area the record is known to cover thinly, kept by contributors in content/coverage.yml. */
export const coverageAreaSchema = z.strictObject({
  area: text(80).describe('The part of the record that is thin: "City bans outside the US".'),
  missing: text(400).describe('What is known to be missing, in a sentence or two.'),
  lookIn: text(300).optional().describe('Where to look for sources: trackers, registers, archives.'),
  checked: dateField.describe('The day someone last looked at how complete this area is.'),
});
export const coverageFileSchema = z.array(coverageAreaSchema, { error: 'must be a list of areas' });

export type EntryFrontmatter = z.infer<typeof entrySchema>;
export type EntityFrontmatter = z.infer<typeof entitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type CoverageArea = z.infer<typeof coverageAreaSchema>;
