/**
 * `npm run new`: writes a new entry with every field, ready to fill in.
 *   npm run new -- --kind legislation --date 2020-06-24 --title "Boston bans city use of face surveillance" --actor boston-city-council
 * Run with no flags in a terminal (or with --interactive) to be asked instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { today } from '../lib/content/dates';
import { entitySlugsIn, gatherEntry } from '../lib/scaffold/gather';
import { entryPath, entryText } from '../lib/scaffold/new-entry';
import { runNew } from '../lib/scaffold/run-new';

const USAGE = `Usage: npm run new -- --kind <kind> --date <YYYY-MM-DD|YYYY-MM|YYYY> --title "<title>" --actor <entity-slug> [--actor <slug>…] [--words <file-name-words>]
       npm run new            (in a terminal: asks for each answer)`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    actor: { type: 'string', multiple: true },
    words: { type: 'string' },
    content: { type: 'string', default: 'content' },
    interactive: { type: 'boolean', default: false },
  },
});
const contentRoot = path.resolve(values.content);

process.exitCode = await runNew({
  command: 'npm run new',
  contentRoot,
  anyAnswerFlag: [values.kind, values.date, values.title, values.actor, values.words].some((value) => value !== undefined),
  interactive: values.interactive,
  usage: USAGE,
  gather: (prompter) => gatherEntry(values, entitySlugsIn(contentRoot), prompter),
  file: (entry) => ({ relative: entryPath(entry), text: entryText(entry, today()) }),
});
