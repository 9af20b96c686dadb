/**
 * The file `npm run new` writes: every entry field in schema order, the known ones filled in,
 * `added` and `reviewed` set to today, and TODO markers the checker refuses until filled.
 */
import { z } from 'zod';
import { entrySchema, historyStepSchema, relatedSchema, sourceSchema } from '../content/schema';
import { TODO } from '../content/todo';
import type { DatePrecision, Kind } from '../content/vocab';
import { datePrefix } from '../content/slugify';
import { BODY_MIN_WORDS, BODY_MAX_WORDS } from '../content/words';
import { LEGISLATION_FIELDS } from '../content/schema';
import { slugify } from '../content/slugify';
import { todoItemLines, todoLine, yamlFlowList, yamlScalar } from './template-lines';

export interface NewEntry {
  kind: Kind;
  /** A full `YYYY-MM-DD`, the 1st of the month or 1 January when less is known. */
  date: string;
  precision: DatePrecision;
  title: string;
  actors: readonly string[];
  /** The words after the date in the file name; from the title when not given. */
  words?: string;
}


export const ENTRY_BODY_TODO = `${TODO}: write ${BODY_MIN_WORDS} to ${BODY_MAX_WORDS} words in your own words: what happened, the context and the reactions. Where sources disagree on the date, say so here. Quote briefly, with \`<Quote by="…" source="https://…">…</Quote>\`.`;

/** `2020-06-24-boston-bans-city-use-of-face-surveillance` */
export function entrySlug(entry: NewEntry): string {
  return `${datePrefix(entry.date, entry.precision)}-${entry.words ?? slugify(entry.title)}`;
}

/** Where the file goes, relative to the content folder. */
export function entryPath(entry: NewEntry): string {
  return `entries/${entry.date.slice(0, 4)}/${entrySlug(entry)}.mdx`;
}

export function entryText(entry: NewEntry, today: string): string {
  const legislation = entry.kind === 'legislation';
  const known: Record<string, string> = {
    title: yamlScalar(entry.title),
    date: entry.date,
    datePrecision: entry.precision,
    kind: entry.kind,
    actors: yamlFlowList(entry.actors),
    added: today,
    reviewed: today,
  };
  const lines = ['---'];
  for (const [key, field] of Object.entries<z.core.$ZodType>(entrySchema.shape)) {
    const optional = field instanceof z.ZodOptional && !(legislation && LEGISLATION_FIELDS.includes(key));
    if (known[key] !== undefined) lines.push(`${key}: ${known[key]}`);
    else if (key === 'sources') lines.push(...todoItemLines(key, sourceSchema, false));
    else if (key === 'history') lines.push(...todoItemLines(key, historyStepSchema, !legislation));
    else if (key === 'related') lines.push(...todoItemLines(key, relatedSchema, true));
    else lines.push(todoLine(key, field, optional));
  }
  lines.push('---', ENTRY_BODY_TODO, '');
  return lines.join('\n');
}
