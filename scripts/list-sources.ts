/**
 * `npm run list-sources`: every address cited in content/, one per line, for a link checker
 * (the weekly workflow feeds it to lychee). `--with-files` adds the files that cite each one,
 * tab-separated, to trace a broken link back to its entries.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCollectionFromDirectory } from '../lib/content/load-directory';
import { citedAddresses } from '../lib/review/cited-addresses';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    'with-files': { type: 'boolean', default: false },
  },
});

// Piped into `head` or a closed reader, stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const collection = await loadCollectionFromDirectory(path.resolve(values.content));
for (const { url, files } of citedAddresses(collection)) {
  console.log(values['with-files'] ? `${url}\t${files.join(' ')}` : url);
}
