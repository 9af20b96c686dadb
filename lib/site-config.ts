/** Facts about the site itself, in one place. */
export const SITE = {
  name: 'Facial Recognition Policy Tracker',
  shortName: 'FR Policy Tracker',
  description:
    'An open, sourced record of what companies, legislatures, courts and advocates have done about facial recognition, from 2008 to today.',
} as const;

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
