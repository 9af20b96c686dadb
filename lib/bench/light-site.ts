/**
 * A stand-in for a full site build at 10,000 generated entries, which takes hours on a busy
 * 2-core machine: the real built site with the generated content's search files in place of its
 * own (so the header box runs the real code against the large index), and one page per generated
 * entry and entity, made from a real entry page with its main part replaced by the page's title,
 * summary and text, for Pagefind to index the same words with the same header and footer.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchFileBody, searchFileNames, type IndexSource, type SearchFiles } from '../search/build-index';
import { SEARCH_PATH } from '../search/fields';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds the stand-in site in `dest` from the built site `realOut`; returns its out folder. */
export function lightSite(realOut: string, dest: string, files: SearchFiles, sources: readonly IndexSource[]): string {
  const out = path.join(dest, 'out');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  // Copied, not linked: every page written below must stay out of the real out/.
  cpSync(realOut, out, { recursive: true, filter: (from) => !/[\\/](entries|entities|search-index|pagefind)$/.test(from) || from === realOut });

  const index = path.join(out, SEARCH_PATH);
  mkdirSync(index, { recursive: true });
  for (const name of searchFileNames(files)) writeFileSync(path.join(index, name), JSON.stringify(searchFileBody(files, name)));

  const template = (folder: string) => {
    const first = readdirSync(path.join(realOut, folder)).find((name) => !name.includes('.'))!;
    const html = readFileSync(path.join(realOut, folder, first, 'index.html'), 'utf8');
    const main = /(<main[^>]*>)[\s\S]*<\/main>/.exec(html);
    if (!main) throw new Error(`${folder}/${first}/index.html: no <main> to replace`);
    return (inner: string) => html.replace(main[0], `${main[1]}${inner}</main>`);
  };
  const pages = { entry: template('entries'), entity: template('entities') };
  for (const source of sources) {
    const folder = source.doc.type === 'entry' ? 'entries' : 'entities';
    const { title, summary, slug } = source.text;
    const inner = `<h1>${escape(title)}</h1><p>${escape(summary)}</p><p>${escape(source.fields.names)}</p><p>${escape(source.fields.body)}</p>`;
    mkdirSync(path.join(out, folder, slug), { recursive: true });
    writeFileSync(path.join(out, folder, slug, 'index.html'), pages[source.doc.type](inner));
  }
  return out;
}
