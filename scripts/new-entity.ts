/**
 * `npm run new:entity`: writes a new company, organisation, place or person, ready to fill in.
 *   npm run new:entity -- --name "Boston City Council" --category government
 *   npm run new:entity -- --name Boston --category jurisdiction --level city --parent massachusetts
 * Run with no flags in a terminal (or with --interactive) to be asked instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { entitySlugsIn, gatherEntity } from '../lib/scaffold/gather';
import { entityPath, entityText } from '../lib/scaffold/new-entity';
import { runNew } from '../lib/scaffold/run-new';

const USAGE = `Usage: npm run new:entity -- --name "<name>" --category <category> [--slug <slug>] [--level <level> --parent <slug>]
       npm run new:entity     (in a terminal: asks for each answer)`;

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    category: { type: 'string' },
    slug: { type: 'string' },
    parent: { type: 'string' },
    level: { type: 'string' },
    content: { type: 'string', default: 'content' },
    interactive: { type: 'boolean', default: false },
  },
});
const contentRoot = path.resolve(values.content);

process.exitCode = await runNew({
  command: 'npm run new:entity',
  contentRoot,
  anyAnswerFlag: [values.name, values.category, values.slug, values.parent, values.level].some((value) => value !== undefined),
  interactive: values.interactive,
  usage: USAGE,
  gather: (prompter) => gatherEntity(values, entitySlugsIn(contentRoot), prompter),
  file: (entity) => ({ relative: entityPath(entity), text: entityText(entity) }),
});
