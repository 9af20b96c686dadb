/**
 * Gathers what a new entry or entity needs, from command-line flags and, for whatever the flags
 * leave out, from prompts when there is someone to ask.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, inWords, KINDS, LEVELS } from '../content/vocab';
import {
  parseCategory,
  parseDate,
  parseEntitySlugs,
  parseKind,
  parseLevel,
  parseSlug,
  parseTitle,
} from './answers';
import type { NewEntity } from './new-entity';
import type { NewEntry } from './new-entry';
import type { Prompter } from './prompt';
import { fail, ok, type Result } from '../result';

/** Slugs of the entities in a content folder. */
export function entitySlugsIn(contentRoot: string): Set<string> {
  try {
    const names = readdirSync(path.join(contentRoot, 'entities'));
    return new Set(names.filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)));
  } catch {
    return new Set();
  }
}

/**
 * One answer: from its flag when given (an error if it does not parse), else from a prompt, else
 * an error saying the flag is required.
 */
async function answer<T>(
  flag: string | undefined,
  name: string,
  question: string,
  parse: (raw: string) => Result<T>,
  prompter: Prompter | undefined,
  errors: string[],
): Promise<T | undefined> {
  if (flag !== undefined) {
    const result = parse(flag);
    if (result.ok) return result.value;
    errors.push(`--${name}: ${result.error}`);
    return undefined;
  }
  if (prompter) return prompter.ask(question, parse);
  errors.push(`--${name} is required`);
  return undefined;
}

/** An answer that may be left empty: from its flag, else from a prompt, else none. */
async function optionalAnswer<T>(
  flag: string | undefined,
  question: string,
  parse: (raw: string) => Result<T>,
  prompter: Prompter | undefined,
): Promise<Result<T | undefined>> {
  if (flag !== undefined) return parse(flag);
  if (!prompter) return ok(undefined);
  return ok(await prompter.ask<T | undefined>(question, (raw) => (raw.trim() === '' ? ok(undefined) : parse(raw))));
}

export interface EntryFlags {
  kind?: string;
  date?: string;
  title?: string;
  actor?: string[];
  words?: string;
}

export async function gatherEntry(flags: EntryFlags, knownEntities: ReadonlySet<string>, prompter?: Prompter): Promise<Result<NewEntry>> {
  const errors: string[] = [];
  const kind = await answer(flags.kind, 'kind', `Kind (${KINDS.values.join(', ')}): `, parseKind, prompter, errors);
  const date = await answer(flags.date, 'date', 'Date (YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known): ', parseDate, prompter, errors);
  const title = await answer(flags.title, 'title', 'Title (a plain sentence naming the event): ', (raw) => parseTitle(raw), prompter, errors);
  const actors = await answer(
    flags.actor?.join(','),
    'actor',
    'Actors (entity slugs of who acted, separated by commas): ',
    (raw) => parseEntitySlugs([raw], knownEntities, 'actor'),
    prompter,
    errors,
  );
  const words = flags.words === undefined ? undefined : parseSlug(flags.words, 'words');
  if (words && !words.ok) errors.push(`--words: ${words.error}`);
  if (errors.length > 0 || !kind || !date || !title || !actors) return fail(errors.join('\n'));
  return ok({ kind, date: date.date, precision: date.precision, title, actors, ...(words?.ok ? { words: words.value } : {}) });
}

export interface EntityFlags {
  name?: string;
  category?: string;
  slug?: string;
  parent?: string;
  level?: string;
}

export async function gatherEntity(flags: EntityFlags, knownEntities: ReadonlySet<string>, prompter?: Prompter): Promise<Result<NewEntity>> {
  const errors: string[] = [];
  const name = await answer(flags.name, 'name', 'Name (as readers know it): ', (raw) => parseTitle(raw, 'name', 120), prompter, errors);
  const category = await answer(flags.category, 'category', `Category (${CATEGORIES.values.join(', ')}): `, parseCategory, prompter, errors);
  const slug = flags.slug === undefined ? undefined : parseSlug(flags.slug);
  if (slug && !slug.ok) errors.push(`--slug: ${slug.error}`);

  const entity: NewEntity | undefined = name && category ? { name, category, ...(slug?.ok ? { slug: slug.value } : {}) } : undefined;
  if (entity?.category === 'jurisdiction') {
    // Only places have a level and a parent; left empty, they are written as TODO to fill in.
    const level = await optionalAnswer(flags.level, `Level (${inWords(LEVELS.values)}; empty to fill in later): `, parseLevel, prompter);
    if (!level.ok) errors.push(`--level: ${level.error}`);
    else if (level.value) entity.level = level.value;
    const parent = await optionalAnswer(
      flags.parent,
      'Parent (slug of the larger place it sits in; empty if none): ',
      (raw) => parseEntitySlugs([raw], knownEntities, 'parent'),
      prompter,
    );
    if (!parent.ok) errors.push(`--parent: ${parent.error}`);
    else if (parent.value) entity.parent = parent.value[0];
  } else if (flags.level !== undefined || flags.parent !== undefined) {
    errors.push('--level and --parent are only for entities of category jurisdiction');
  }
  if (errors.length > 0 || !entity) return fail(errors.join('\n'));
  return ok(entity);
}
