import { describe, expect, it } from 'vitest';
import { editUrl, PLACEHOLDER_REPOSITORY_URL, repositoryFrom } from '@/lib/site-config';

describe('repository address for "Edit this page"', () => {
  it('comes from NEXT_PUBLIC_REPOSITORY_URL and NEXT_PUBLIC_REPOSITORY_BRANCH', () => {
    const repository = repositoryFrom({ NEXT_PUBLIC_REPOSITORY_URL: 'https://github.com/example-org/tracker/', NEXT_PUBLIC_REPOSITORY_BRANCH: 'trunk' });
    expect(editUrl('content/entries/2020/2020-06-10-x.mdx', repository)).toBe(
      'https://github.com/example-org/tracker/edit/trunk/content/entries/2020/2020-06-10-x.mdx',
    );
  });

  it('falls back to a placeholder, clearly not a real owner, on branch main', () => {
    expect(repositoryFrom({})).toEqual({ url: PLACEHOLDER_REPOSITORY_URL, branch: 'main' });
    expect(PLACEHOLDER_REPOSITORY_URL).toBe('https://github.com/OWNER/REPOSITORY');
  });

  it('stops the build on an address that is not https', () => {
    expect(() => repositoryFrom({ NEXT_PUBLIC_REPOSITORY_URL: 'javascript:alert(1)' })).toThrow(
      'NEXT_PUBLIC_REPOSITORY_URL must be an https address like https://github.com/<owner>/<name>, not "javascript:alert(1)"',
    );
  });
});
