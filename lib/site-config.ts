/**
 * Facts about the site itself, in one place, and where it is served. The address comes from one
 * setting, the `SITE_URL` environment variable at build time (`https://example.org/tracker`):
 * its origin makes absolute URLs (feeds, sitemap, citations) and its path is the prefix every
 * page, asset and file lives under. next.config.mjs derives Next's `basePath` from the same value
 * and passes it on to the browser bundle. The repository that "Edit this page" links open comes
 * from NEXT_PUBLIC_REPOSITORY_URL (see REPOSITORY below).
 */
export const SITE = {
  name: 'Facial Recognition Policy Tracker',
  shortName: 'FR Policy Tracker',
  description:
    'An open, sourced record of what companies, legislatures, courts and advocates have done about facial recognition, from 2008 to today.',
  language: 'en',
} as const;

/** Where `npm start` serves the site; used when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export interface SiteAddress {
  /** `https://example.org`: scheme, host and port. */
  origin: string;
  /** `/tracker`, or `''` when the site sits at the root of its host. */
  basePath: string;
  /** `https://example.org/tracker`, with no trailing slash. */
  url: string;
}

/** Reads a `SITE_URL` value; anything but an absolute http(s) address stops the build. */
export function parseSiteUrl(value: string | undefined): SiteAddress {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an absolute URL; write it like https://example.org/tracker`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${raw}" must start with https:// or http://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: "${raw}" must not have a query or a fragment`);
  const basePath = url.pathname.replace(/\/+$/, '');
  return { origin: url.origin, basePath, url: `${url.origin}${basePath}` };
}

export const SITE_ADDRESS: SiteAddress = parseSiteUrl(process.env.SITE_URL);

/**
 * A site path (`/entries/x/`) as the browser must request it: with the path prefix. Next's
 * `<Link>` and metadata files add the prefix themselves; raw `<a href>`, SVG links, file links
 * and `fetch` calls go through this. Fragments, queries and absolute URLs pass unchanged.
 */
export function withBasePath(path: string, address: SiteAddress = SITE_ADDRESS): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${address.basePath}${path}`;
}

/** The absolute address of a site path: `/entries/x/` → `https://example.org/tracker/entries/x/`. */
export function absoluteUrl(path: string, address: SiteAddress = SITE_ADDRESS): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" is not a site path starting with /`);
  return `${address.url}${path}`;
}

/**
 * PLACEHOLDER, not a real repository: the project's public address is not decided yet. Set
 * NEXT_PUBLIC_REPOSITORY_URL when building (see README) so "Edit this page" links work.
 */
export const PLACEHOLDER_REPOSITORY_URL = 'https://github.com/OWNER/REPOSITORY';

export interface Repository {
  /** `https://github.com/<owner>/<name>`, without a trailing slash. */
  url: string;
  /** The branch pull requests go to. */
  branch: string;
}

/**
 * Where the site's files live, from NEXT_PUBLIC_REPOSITORY_URL and NEXT_PUBLIC_REPOSITORY_BRANCH
 * (default `main`). A value that is not an https address stops the build with a message.
 */
export function repositoryFrom(env: Readonly<Record<string, string | undefined>>): Repository {
  const raw = env.NEXT_PUBLIC_REPOSITORY_URL?.trim() || PLACEHOLDER_REPOSITORY_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`NEXT_PUBLIC_REPOSITORY_URL must be an https address like https://github.com/<owner>/<name>, not "${raw}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`NEXT_PUBLIC_REPOSITORY_URL must be an https address like https://github.com/<owner>/<name>, not "${raw}"`);
  }
  return { url: raw.replace(/\/+$/, ''), branch: env.NEXT_PUBLIC_REPOSITORY_BRANCH?.trim() || 'main' };
}

export const REPOSITORY: Repository = repositoryFrom({
  // Written out, not looked up, so Next.js can inline them.
  NEXT_PUBLIC_REPOSITORY_URL: process.env.NEXT_PUBLIC_REPOSITORY_URL,
  NEXT_PUBLIC_REPOSITORY_BRANCH: process.env.NEXT_PUBLIC_REPOSITORY_BRANCH,
});

/** The page on GitHub that edits a file, like `content/entries/2020/<slug>.mdx`, in a pull request. */
export function editUrl(sourceFile: string, repository: Repository = REPOSITORY): string {
  const file = sourceFile.split('/').map(encodeURIComponent).join('/');
  return `${repository.url}/edit/${encodeURIComponent(repository.branch)}/${file}`;
}
