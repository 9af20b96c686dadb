/** YAML lines for scaffolded files: known values, and TODO markers that say what to write. */
import { stringify } from 'yaml';
import { z } from 'zod';
import { TODO } from '../content/todo';
import { valuesOf } from '../docs/field-tables';

/** A scalar as YAML, quoted only where YAML needs it. */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `[a, b]` */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}

const meaningOf = (field: z.core.$ZodType) => String(z.globalRegistry.get(field)?.description ?? '');

/** The TODO text for a field: what to write and what it means, from the schema. */
export function todoFor(field: z.core.$ZodType, head: string = TODO): string {
  // Always double-quoted (JSON strings are YAML), so every TODO looks the same.
  return JSON.stringify(`${head}: ${valuesOf(field)}. ${meaningOf(field)}`);
}

export const OPTIONAL_TODO = `${TODO} (optional; delete the line if it does not apply)`;

/** `key: "TODO: …"` for a field that is not filled in yet. */
export function todoLine(key: string, field: z.core.$ZodType, optional: boolean): string {
  return `${key}: ${todoFor(field, optional ? OPTIONAL_TODO : TODO)}`;
}

/**
 * A list of objects written as one item whose keys all say TODO, so the shape is on the page.
 * An optional list says on its first key that the whole block may go.
 */
export function todoItemLines(key: string, item: z.ZodObject, blockOptional: boolean): string[] {
  const lines = [`${key}:`];
  Object.entries(item.shape).forEach(([name, field]: [string, z.core.$ZodType], index) => {
    const head =
      blockOptional && index === 0
        ? `${TODO} (optional; delete "${key}:" and the lines under it if there are none)`
        : field instanceof z.ZodOptional
          ? OPTIONAL_TODO
          : TODO;
    lines.push(`${index === 0 ? '  - ' : '    '}${name}: ${todoFor(field, head)}`);
  });
  return lines;
}
