/**
 * `npm run docs`: regenerates the field tables (from the schema) and the checker's rules table
 * (from lib/checks/rules/) in CONTRIBUTING.md.
 * `npm run docs -- --check` only says whether they are up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withRulesTable } from '../lib/checks/rules-table';
import { withFieldTables } from '../lib/docs/field-tables';

const GUIDE = 'CONTRIBUTING.md';
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const current = readFileSync(GUIDE, 'utf8');
const fresh = withRulesTable(withFieldTables(current));

if (values.check) {
  if (fresh !== current) {
    console.error(`${GUIDE}: the field or rules tables differ from lib/content/schema.ts or lib/checks/rules/; run npm run docs`);
    process.exit(1);
  }
  console.log(`✔ ${GUIDE} field and rules tables match the schema and the checker`);
} else if (fresh === current) {
  console.log(`${GUIDE} is up to date`);
} else {
  writeFileSync(GUIDE, fresh);
  console.log(`Updated the field and rules tables in ${GUIDE}`);
}
