import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '@/components/mdx-content';
import { BODY_COMPONENTS } from '@/lib/mdx/components';
import { urlProblem, urlScheme } from '@/lib/mdx/link-policy';

describe('the body component allowlist', () => {
  it('lists exactly the components the site renders bodies with', () => {
    expect(Object.keys(BODY_COMPONENTS).sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
  });
});

describe('link policy', () => {
  it('reads a scheme the way a browser does, through tabs, newlines and leading spaces', () => {
    expect(urlScheme(' \u0001java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(urlScheme('/entries/x/')).toBeUndefined();
    expect(urlProblem('java\tscript:alert(1)')).toBe("uses javascript:, which can run code in a reader's browser; link to an https:// page instead");
  });

  it('refuses other schemes with the ones allowed', () => {
    expect(urlProblem('ftp://files.example/x')).toBe('uses ftp:; links may only be https:// or mailto: addresses, or paths on this site');
    expect(urlProblem('https://a.example/')).toBeUndefined();
  });
});
