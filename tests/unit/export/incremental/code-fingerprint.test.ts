import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '@/lib/export/incremental/code-fingerprint';

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  for (const file of ['lib/a.ts', 'components/b.tsx', 'public/icon.svg', 'package-lock.json', 'content/entries/2020/a.mdx', 'README.md']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  return root;
}

describe('codeFingerprint', () => {
  const env = { SITE_URL: 'https://example.org' };

  it('is the same for the same code and settings, whatever the content', () => {
    const root = project();
    const before = codeFingerprint(root, env);
    writeFileSync(path.join(root, 'content/entries/2020/a.mdx'), 'changed');
    writeFileSync(path.join(root, 'README.md'), 'changed');
    expect(codeFingerprint(root, env)).toBe(before);
  });

  it.each([
    ['a library file', (root: string) => writeFileSync(path.join(root, 'lib/a.ts'), 'changed')],
    ['a component', (root: string) => writeFileSync(path.join(root, 'components/c.tsx'), 'new')],
    ['a static file', (root: string) => writeFileSync(path.join(root, 'public/icon.svg'), 'changed')],
    ['the locked dependencies', (root: string) => writeFileSync(path.join(root, 'package-lock.json'), 'changed')],
    ['a file moved to another name', (root: string) => cpSync(path.join(root, 'lib/a.ts'), path.join(root, 'lib/z.ts'))],
  ])('changes with %s', (_what, change) => {
    const root = project();
    const before = codeFingerprint(root, env);
    change(root);
    expect(codeFingerprint(root, env)).not.toBe(before);
  });

  it('changes with the address the site is built for', () => {
    const root = project();
    expect(codeFingerprint(root, { SITE_URL: 'https://example.org/tracker' })).not.toBe(codeFingerprint(root, env));
  });
});
