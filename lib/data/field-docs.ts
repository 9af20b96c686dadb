/**
 * One line per field of the data records, shown on the /data/ page and written into
 * /data/schema.json. Typed against the records, so a new schema field cannot go undocumented.
 */
import type { EntityRecord, EntryRecord } from './data-schema';

export const ENTRY_FIELD_DOCS: Record<keyof EntryRecord, string> = {
  slug: 'Permanent identifier; the file name and the last part of the page URL.',
  url: 'The entry\'s page, a stable permalink.',
  path: 'The page\'s path on the site, before any path prefix.',
  title: 'A plain sentence naming the event.',
  date: 'The day the event was first made public (YYYY-MM-DD).',
  datePrecision: '`day`, `month` or `year`: how much of `date` is known; month and year dates are written on the 1st.',
  kind: '`corporate`, `legislation`, `advocacy`, `research` or `legal`.',
  summary: 'One or two sentences that stand alone.',
  actors: 'Entity slugs of who acted.',
  jurisdictions: 'Entity slugs of the places the event applies to.',
  topics: 'Topic slugs.',
  status: 'Where a rule or case stands, as recorded.',
  history: 'Dated status changes, oldest first: date, status, note, source.',
  effective: 'The day a rule took effect.',
  expires: 'The day a rule ends by its own term.',
  related: 'Links this entry wrote to other entries: entry slug and relation.',
  links: 'Every link to and from the entry, incoming ones derived, with the relation in words from this entry\'s side.',
  scope: 'Who a rule binds.',
  measure: 'What a rule does.',
  exceptions: 'Carve-outs, in plain words.',
  sources: 'The pages that support the entry: title, url, publisher, date, archived copy.',
  added: 'The day the entry joined the site; feeds order by it.',
  reviewed: 'The day someone last checked the entry against its sources; citations use it as the access date.',
  sourceFile: 'The entry\'s file in the repository.',
  body: 'The entry\'s text, in Markdown.',
};

export const ENTITY_FIELD_DOCS: Record<keyof EntityRecord, string> = {
  slug: 'Permanent identifier; the file name and the last part of the page URL.',
  url: 'The entity\'s page.',
  path: 'The page\'s path on the site, before any path prefix.',
  feedUrl: 'The Atom feed of entries naming it.',
  name: 'The name readers know it by.',
  category: '`company`, `organization`, `government`, `jurisdiction`, `person` or `product`.',
  aliases: 'Other names.',
  website: 'The official website.',
  parent: 'For a place, the slug of the larger place it sits in.',
  level: 'For a place: `city`, `county`, `state`, `country` or `supranational`.',
  sourceFile: 'The entity\'s file in the repository.',
  description: 'A short description, in Markdown.',
  entries: 'Entries naming it, oldest first, with its roles: `actor`, `jurisdiction` or both.',
};
