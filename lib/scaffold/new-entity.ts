/**
 * The file `npm run new:entity` writes: every field that applies to the category, the known ones
 * filled in and TODO markers for the rest. `parent` and `level` are written only for
 * jurisdictions, since the checker refuses them on anything else.
 */
import { z } from 'zod';
import { entitySchema } from '../content/schema';
import { TODO } from '../content/todo';
import type { Category, Level } from '../content/vocab';
import { slugify } from '../content/slugify';
import { todoLine, yamlScalar } from './template-lines';

export interface NewEntity {
  name: string;
  category: Category;
  /** The file name; from the name when not given. */
  slug?: string;
  parent?: string;
  level?: Level;
}

export const ENTITY_BODY_TODO = `${TODO}: describe in a sentence or two who or what this is, and why it matters to facial recognition policy.`;

export function entitySlug(entity: NewEntity): string {
  return entity.slug ?? slugify(entity.name);
}

export function entityPath(entity: NewEntity): string {
  return `entities/${entitySlug(entity)}.mdx`;
}

/** Fields only a place has. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['parent', 'level', 'iso', 'geonames']);

export function entityText(entity: NewEntity): string {
  const jurisdiction = entity.category === 'jurisdiction';
  const known: Record<string, string | undefined> = {
    name: yamlScalar(entity.name),
    category: entity.category,
    parent: entity.parent,
    level: entity.level,
  };
  const lines = ['---'];
  for (const [key, field] of Object.entries<z.core.$ZodType>(entitySchema.shape)) {
    if (PLACE_FIELDS.has(key) && !jurisdiction) continue;
    const value = known[key];
    // A jurisdiction must have a level; the largest places have no parent.
    const optional = key === 'level' ? false : field instanceof z.ZodOptional;
    lines.push(value !== undefined ? `${key}: ${value}` : todoLine(key, field, optional));
  }
  lines.push('---', ENTITY_BODY_TODO, '');
  return lines.join('\n');
}
