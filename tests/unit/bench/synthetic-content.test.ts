/**
 * Generated benchmark entries go through the real `npm run build`, whose first step is the
 * checker: a generated batch must pass every checker rule.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFromCollection, syntheticEntries, type CorpusSample } from '@/lib/bench/synthetic-content';
import { checkContent } from '@/lib/checks/check-content';
import { formatProblem } from '@/lib/checks/problem';
import { loadCollectionFromDirectory } from '@/lib/content/load-directory';
import { BODY_MAX_WORDS, BODY_MIN_WORDS, countWords } from '@/lib/content/words';

const CONTENT = path.join(import.meta.dirname, '../../../content');
const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let corpus: CorpusSample;
beforeAll(async () => {
  corpus = corpusFromCollection(await loadCollectionFromDirectory(CONTENT));
});

const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

describe('generated benchmark entries', () => {
  it('pass every checker rule, beside the real entities and topics', async () => {
    const root = path.join(dir, 'content');
    cpSync(path.join(CONTENT, 'entities'), path.join(root, 'entities'), { recursive: true });
    cpSync(path.join(CONTENT, 'topics.yml'), path.join(root, 'topics.yml'));
    const entries = syntheticEntries(300, corpus, 7);
    for (const entry of entries) {
      mkdirSync(path.dirname(path.join(root, entry.path)), { recursive: true });
      writeFileSync(path.join(root, entry.path), entry.text);
    }
    const { problems, tree } = await checkContent(root, { today: '2026-12-01' });
    expect(tree.entries).toHaveLength(300);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('keep bodies inside the word limits even when every sentence is long', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${'Sentence number '.repeat(1)}${i} ${'word '.repeat(55 + i)}ends here.`);
    const entries = syntheticEntries(50, { ...corpus, sentences: [...long, 'A short one of six words.'] }, 3);
    const counts = entries.map((entry) => countWords(bodyOf(entry.text)));
    expect(Math.max(...counts)).toBeLessThanOrEqual(BODY_MAX_WORDS);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(BODY_MIN_WORDS);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticEntries(5, corpus, 1)).toEqual(syntheticEntries(5, corpus, 1));
    expect(syntheticEntries(5, corpus, 2)[0]!.text).not.toBe(syntheticEntries(5, corpus, 1)[0]!.text);
  });
});
