/** What every checker rule looks like, and small helpers rules share. */
import type { BodyFactsSource } from '../mdx/body-facts';
import type { Topic } from '../content/schema';
import type { ContentDoc, DocType } from '../content/content-tree';
import { fieldPath, type Problem } from '../content/problem';

export interface CheckContext {
  entries: readonly ContentDoc[];
  entities: readonly ContentDoc[];
  topics: readonly Topic[];
  /** Files that exist but could not be read; their slugs still count as existing. */
  unreadable?: readonly { type: DocType; slug: string }[];
  /** The day the check runs (`YYYY-MM-DD`), for rules about terms that ended or reviews that aged. */
  today: string;
  /** Each body's words and what it may not contain, parsed once (or kept from an earlier run). */
  bodies: BodyFactsSource;
}

export interface Rule {
  /** A short kebab-case name, shown in the contributor guide. */
  id: string;
  /** One sentence: what the rule requires. */
  description: string;
  check: (context: CheckContext) => Problem[];
}

/** A problem at a field of a document, on the line where that field is written. */
export function problemAt(doc: ContentDoc, path: readonly PropertyKey[], message: string): Problem {
  return { file: doc.parsed.file, line: doc.parsed.locate(path), field: fieldPath(path) || 'frontmatter', message };
}

/** A problem about a field that is absent: it points at the start of the frontmatter. */
export function missingField(doc: ContentDoc, field: string, message: string): Problem {
  return { file: doc.parsed.file, line: doc.parsed.locate([]), field, message };
}

/** The value of a frontmatter key when it is a string, else undefined. */
export function stringField(doc: ContentDoc, key: string): string | undefined {
  const value = doc.parsed.data[key];
  return typeof value === 'string' ? value : undefined;
}

/** The strings of a list field with their positions; other items and other shapes are skipped. */
export function stringItems(doc: ContentDoc, key: string): { value: string; index: number }[] {
  const value = doc.parsed.data[key];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ value: item, index }] : []));
}

/** The plain-object items of a list field with their positions. */
export function objectItems(doc: ContentDoc, key: string): { value: Record<string, unknown>; index: number }[] {
  const value = doc.parsed.data[key];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? [{ value: item as Record<string, unknown>, index }] : [],
  );
}
