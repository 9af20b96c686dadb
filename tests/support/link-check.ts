/**
 * Crawls a built site folder for broken internal links: every href and src in every HTML page,
 * and the site's own addresses in the feeds, sitemap, data files and calendar. The site may sit
 * under a path prefix (from its SITE_URL); an internal link without the prefix is broken.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** The file the link is in, relative to the site folder. */
  file: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  files: number;
  checked: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const decodeAttribute = (value: string) =>
  value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** Every href and src (and each srcset candidate) in an HTML page. */
export function htmlLinks(html: string): string[] {
  const links = [...html.matchAll(ATTRIBUTE)].map((match) => decodeAttribute(match[1] ?? ''));
  for (const match of html.matchAll(SRCSET)) {
    for (const candidate of decodeAttribute(match[1] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push(url);
    }
  }
  return links;
}

/**
 * Absolute addresses in a text file (feeds, sitemap, JSON, CSV, calendar with its lines
 * unfolded). Commas and semicolons end an address: they separate CSV cells and list items, and
 * the site's own addresses never hold them.
 */
export function textUrls(text: string): string[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/https?:\/\/[^\s"'<>\\,;]+/g)].map((match) => match[0].replaceAll('&amp;', '&'));
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** The site path a page is served at: `entries/a/index.html` → `/tracker/entries/a/`. */
function pageUrl(file: string, basePath: string): string {
  const posix = file.split(path.sep).join('/');
  return `${basePath}/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Whether a site address resolves to a file in `root`, as a static host serves it: `/dir/` is
 * `dir/index.html`; `/dir` is redirected there.
 */
function resolves(root: string, pathname: string, basePath: string): string | undefined {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return `does not start with the path prefix ${basePath}/`;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(basePath.length)) || '/';
  } catch {
    return 'is not a valid address';
  }
  const target = path.join(root, rest);
  if (rest.endsWith('/')) return existsSync(path.join(target, 'index.html')) ? undefined : 'has no index.html';
  if (existsSync(target) && statSync(target).isFile()) return undefined;
  if (existsSync(path.join(target, 'index.html'))) return undefined;
  return 'has no file';
}

export function checkLinks(root: string, siteUrl: string): LinkReport {
  const site = new URL(siteUrl);
  const basePath = site.pathname.replace(/\/+$/, '');
  const report: LinkReport = { files: 0, checked: 0, broken: [] };

  for (const file of walk(root)) {
    const extension = path.extname(file);
    let links: string[];
    if (extension === '.html') links = htmlLinks(readFileSync(path.join(root, file), 'utf8'));
    else if (['.xml', '.json', '.ics', '.csv'].includes(extension) || file === 'robots.txt') {
      // Only the site's own addresses: sources and other outside links are not ours to check.
      links = textUrls(readFileSync(path.join(root, file), 'utf8')).filter((url) => new URL(url).origin === site.origin);
    } else continue;
    report.files++;

    const base = new URL(pageUrl(file, basePath), site.origin);
    for (const link of links) {
      if (/^(#|mailto:|tel:|data:)/.test(link) || link === '') continue;
      if (/^javascript:/i.test(link)) {
        report.broken.push({ file, url: link, reason: 'is a javascript: link' });
        continue;
      }
      const url = new URL(link, base);
      if (url.origin !== site.origin) continue;
      report.checked++;
      const reason = resolves(root, url.pathname, basePath);
      if (reason) report.broken.push({ file, url: link, reason });
    }
  }
  return report;
}
