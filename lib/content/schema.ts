/**
 * The content model: one schema per document type, the single source of truth for every field
 * rule. The checker reports against it, the loader parses the generated collections through it,
 * and the contributor guide documents it.
 */
import { z } from 'zod';
import { isRealDate } from './dates';
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

export const TITLE_MAX = 120;
export const SUMMARY_MAX = 300;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A real calendar day written `YYYY-MM-DD`. */
export const dateField = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a real calendar date (YYYY-MM-DD)` });

/** A lowercase kebab-case reference to another document's file name. */
export const slugField = z
  .string({ error: 'must be a slug' })
  .regex(SLUG, { error: 'must be lowercase words joined by hyphens, like "san-francisco"' });

/** An absolute `https://` address. */
export const httpsUrl = z.string({ error: 'must be an https URL' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { error: 'must be an https URL' },
);

/** Text that is present and not only spaces. */
const text = (max?: number) => {
  const base = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
  return max === undefined ? base : base.max(max, { error: `must be at most ${max} characters` });
};

/** A list of unique values. */
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z.array(item, { error: 'must be a list' }).refine((list) => new Set(list).size === list.length, {
    error: 'must not list the same value twice',
  });

export const sourceSchema = z.strictObject({
  /** The headline or title of the cited page, as it reads there. */
  title: text(300),
  /** Where the page lives; https only. */
  url: httpsUrl,
  /** Who published it: "Reuters", "ACLU", "Congress.gov". */
  publisher: text(120),
  /** When the page was published, if it says. */
  date: dateField.optional(),
  /** A copy in a web archive, for pages that may move or vanish. */
  archived: httpsUrl.optional(),
});

export const historyStepSchema = z.strictObject({
  /** The day the status changed. */
  date: dateField,
  /** The status from that day on. */
  status: z.enum(STATUSES.values),
  /** What happened, in a few words: "Senate vote 40-0". */
  note: text(300).optional(),
  /** A page that shows this step, when it is not among the entry's sources. */
  source: httpsUrl.optional(),
});

export const relatedSchema = z.strictObject({
  /** The slug of the other entry. */
  entry: slugField,
  /** How this entry relates to it; the inverse shows on the other page by itself. */
  rel: z.enum(RELATIONS.values),
});

export const entrySchema = z.strictObject({
  /** A plain sentence naming the event. */
  title: text(TITLE_MAX),
  /** The day it happened; see the contributor guide for the rule where sources disagree. */
  date: dateField,
  /** How much of `date` is known; `month` and `year` dates are written on the 1st. */
  datePrecision: z.enum(DATE_PRECISIONS.values).optional(),
  /** What sort of event this is. */
  kind: z.enum(KINDS.values),
  /** One or two sentences that stand alone in lists and search results. */
  summary: text(SUMMARY_MAX),
  /** Entity slugs of who acted: a company, an organisation, a legislature. */
  actors: uniqueList(slugField).refine((list) => list.length > 0, { error: 'must name at least one actor' }),
  /** Entity slugs of the places the event applies to. */
  jurisdictions: uniqueList(slugField).optional(),
  /** Topic slugs from content/topics.yml. */
  topics: uniqueList(slugField).optional(),
  /** Where the rule or case stands now; required for legislation and for policies. */
  status: z.enum(STATUSES.values).optional(),
  /** Dated status changes, oldest first; the last one is the current status. */
  history: z.array(historyStepSchema, { error: 'must be a list' }).optional(),
  /** The day the rule took effect. */
  effective: dateField.optional(),
  /** The day the rule ends by its own term, unless a later step extends it. */
  expires: dateField.optional(),
  /** Links to other entries; write each link once, on the later or acting entry. */
  related: z.array(relatedSchema, { error: 'must be a list' }).optional(),
  /** Who the rule binds; required for policies. */
  scope: uniqueList(z.enum(SCOPES.values)).optional(),
  /** What the rule does; required for policies. */
  measure: uniqueList(z.enum(MEASURES.values)).optional(),
  /** Carve-outs in plain words: "child-exploitation investigations". */
  exceptions: z.array(text(200), { error: 'must be a list' }).optional(),
  /** The pages that support the entry; at least one, the primary source where it exists. */
  sources: z
    .array(sourceSchema, { error: 'must be a list of sources' })
    .min(1, { error: 'must list at least one source' }),
  /** The day the entry joined the site. */
  added: dateField,
  /** The day someone last checked the entry against its sources. */
  reviewed: dateField,
});

export const entitySchema = z.strictObject({
  /** The name readers know it by. */
  name: text(120),
  /** What sort of entity it is. */
  category: z.enum(CATEGORIES.values),
  /** Other names readers type: "AWS", "Rekognition", "Facebook", a bill number. */
  aliases: uniqueList(text(120)).optional(),
  /** The official website. */
  website: httpsUrl.optional(),
  /** For a jurisdiction, the slug of the larger one it sits in: seattle → washington. */
  parent: slugField.optional(),
  /** For a jurisdiction, how large it is. */
  level: z.enum(LEVELS.values).optional(),
});

export const topicSchema = z.strictObject({
  /** The topic's slug, used in entries' `topics`. */
  slug: slugField,
  /** The label readers see. */
  label: text(60),
  /** What belongs under it. */
  description: text(300),
});
export const topicsFileSchema = z.array(topicSchema, { error: 'must be a list of topics' });

export type EntryFrontmatter = z.infer<typeof entrySchema>;
export type EntityFrontmatter = z.infer<typeof entitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type HistoryStep = z.infer<typeof historyStepSchema>;
export type RelatedLink = z.infer<typeof relatedSchema>;
export type Topic = z.infer<typeof topicSchema>;
