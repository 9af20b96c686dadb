/**
 * `npm run docs`: regenerates the field tables in CONTRIBUTING.md from the schema.
 * `npm run docs -- --check` only says whether they are up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withFieldTables } from '../lib/docs/field-tables';

const GUIDE = 'CONTRIBUTING.md';
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const current = readFileSync(GUIDE, 'utf8');
const fresh = withFieldTables(current);

if (values.check) {
  if (fresh !== current) {
    console.error(`${GUIDE}: the field tables differ from lib/content/schema.ts; run npm run docs`);
    process.exit(1);
  }
  console.log(`✔ ${GUIDE} field tables match the schema`);
} else if (fresh === current) {
  console.log(`${GUIDE} is up to date`);
} else {
  writeFileSync(GUIDE, fresh);
  console.log(`Updated the field tables in ${GUIDE}`);
}
