/**
 * The contributor guide stays true: its field tables agree with the schema, its checklist with
 * the pull request template, and the issue forms are well-formed GitHub issue forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { entitySchema, entrySchema, sourceSchema } from '@/lib/content/schema';
import { KINDS, STATUSES } from '@/lib/content/vocab';
import { withFieldTables } from '@/lib/docs/field-tables';
import { withRulesTable } from '@/lib/checks/rules-table';
import { RULES } from '@/lib/checks/rules/index';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

/** Rows of the table under `### heading`: its cells, without the header rows. */
function tableRows(heading: string): string[][] {
  const start = guide.indexOf(`### ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const lines = guide.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((line) => line.startsWith('|')));
  const rows = table.slice(0, table.findIndex((line) => !line.startsWith('|'))).slice(2);
  return rows.map((row) => row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
}

const schemaFields = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([name, field]) => [`\`${name}\``, field instanceof z.ZodOptional ? 'no' : 'yes']);

describe('CONTRIBUTING.md', () => {
  it('has the checker\'s rules table, one row per rule with its id and what it requires', () => {
    expect(withRulesTable(guide)).toBe(guide);
    for (const rule of RULES) expect(guide).toContain(`| \`${rule.id}\` | ${rule.description} |`);
  });

  it('has the field tables the schema generates (run `npm run docs` after changing the schema)', () => {
    expect(withFieldTables(guide)).toBe(guide);
  });

  it('lists every entry, source and entity field, and only those, with whether it is required', () => {
    expect(tableRows('Entry fields').map((cells) => cells.slice(0, 2))).toEqual(schemaFields(entrySchema));
    expect(tableRows('Source fields').map((cells) => cells.slice(0, 2))).toEqual(schemaFields(sourceSchema));
    expect(tableRows('Entity fields').map((cells) => cells.slice(0, 2))).toEqual(schemaFields(entitySchema));
  });

  it('gives every field a meaning and every allowed value its meaning', () => {
    for (const cells of tableRows('Entry fields')) expect(cells[3], cells[0]).not.toBe('');
    expect(tableRows('`kind`').map((cells) => cells[0])).toEqual(KINDS.values.map((value) => `\`${value}\``));
    expect(tableRows('`status` and `history[].status`')).toContainEqual(['`in-effect`', STATUSES.describe('in-effect')]);
  });

  it('keeps the rule for disputed dates', () => {
    expect(guide).toContain('## Disputed dates');
    expect(guide).toContain('use the day the event was first made public');
  });

  it('has the same review checklist as the pull request template', () => {
    const checklist = (text: string) => text.split('\n').filter((line) => line.startsWith('- [ ] '));
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    expect(checklist(guide).length).toBeGreaterThan(5);
    expect(checklist(template)).toEqual(checklist(guide));
  });

  it('documents the scaffolding and checker commands that package.json defines', () => {
    const scripts = Object.keys(z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync('package.json', 'utf8'))).scripts);
    for (const script of ['new', 'new:entity', 'check', 'docs', 'dev']) {
      expect(scripts).toContain(script);
      expect(guide).toContain(`npm run ${script}`);
    }
  });
});

describe('issue forms', () => {
  const formSchema = z.object({
    name: z.string().min(1),
    description: z.string().min(1),
    body: z
      .array(
        z.object({
          type: z.enum(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']),
          id: z.string().regex(/^[a-z][a-z0-9_-]*$/).optional(),
          attributes: z.record(z.string(), z.unknown()),
        }),
      )
      .min(1),
  });
  const forms = readdirSync('.github/ISSUE_TEMPLATE').filter((name) => name !== 'config.yml');

  it('offers "Suggest an entry" and "Report an error"', () => {
    const names = forms.map((name) => formSchema.parse(parseYaml(readFileSync(`.github/ISSUE_TEMPLATE/${name}`, 'utf8'))).name);
    expect(names.sort()).toEqual(['Report an error', 'Suggest an entry']);
  });

  it.each(forms)('%s is a valid form: unique ids, a label on every field', (name) => {
    const form = formSchema.parse(parseYaml(readFileSync(`.github/ISSUE_TEMPLATE/${name}`, 'utf8')));
    const fields = form.body.filter((item) => item.type !== 'markdown');
    expect(new Set(fields.map((item) => item.id)).size).toBe(fields.length);
    for (const field of fields) expect(typeof field.attributes.label, `${name} ${field.id}`).toBe('string');
  });
});
