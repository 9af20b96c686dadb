/** The content step's output file as the site reads it: documents, problems, or a missing file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR, generatedVersion, readGenerated, writeGenerated } from '@/lib/content-build/generated-file';
import { generated } from '../support/collection';

const base = mkdtempSync(path.join(tmpdir(), 'content-output-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('.generated/content.json', () => {
  it('says how to make it when it is missing', () => {
    const root = mkdtempSync(path.join(base, 'root-'));
    expect(() => readGenerated(root)).toThrow('.generated/content.json is missing: run `npm run content` (or `npm run build`) first');
    expect(generatedVersion(root)).toBeUndefined();
  });

  it('gives back the documents the step wrote', () => {
    const root = mkdtempSync(path.join(base, 'root-'));
    const entry = generated('2020-06-10-amazon-pause', { title: 'Amazon pauses police use' });
    writeGenerated(path.join(root, GENERATED_DIR), { entries: [entry], entities: [] });
    expect(readGenerated(root)).toEqual({ entries: [entry], entities: [] });
    expect(generatedVersion(root)).toBeTypeOf('number');
  });

  it('gives back the problems that stopped the step, so pages show them', () => {
    const root = mkdtempSync(path.join(base, 'root-'));
    const problem = 'content/entries/2020/x.mdx:4: kind: "corprate" is not allowed';
    writeGenerated(path.join(root, GENERATED_DIR), { entries: [], entities: [], problems: [problem] });
    expect(readGenerated(root).problems).toEqual([problem]);
  });
});
