/**
 * Body facts and the store that keeps them between runs: what the checker and the search index
 * read from a body must be the same whether it was parsed now or kept from an earlier run, and
 * a change to the parser or the rules must never leave old facts in use.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BODY_FACTS_FILE, openBodyFacts } from '@/lib/content-build/body-facts-cache';
import { readBodyFacts } from '@/lib/mdx/body-facts';

const dir = mkdtempSync(path.join(tmpdir(), 'body-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAN = 'Amazon **paused** police use of [Rekognition](https://www.aboutamazon.com/news) for a year.';
const UNSAFE = 'First line.\n\n<div onClick={run}>Hi</div>\n\n{danger()}\n';
const BROKEN = 'Fine.\n\nA <Quote source="x">never closed\n';

describe('readBodyFacts', () => {
  it('gives the words a reader sees, without link addresses or emphasis marks', () => {
    expect(readBodyFacts(CLEAN)).toEqual({ text: 'Amazon paused police use of Rekognition for a year.', unsafe: [] });
  });

  it('lists what a body may not contain, each with its line in the body', () => {
    const { unsafe } = readBodyFacts(UNSAFE);
    expect(unsafe.map((found) => found.line)).toEqual([3, 5]);
    expect(unsafe[0]!.message).toContain('<div>');
  });

  it('says why the parser refused a body, with its line', () => {
    const facts = readBodyFacts(BROKEN);
    expect(facts.error?.line).toBe(3);
    expect(facts.unsafe).toEqual([]);
  });
});

describe('openBodyFacts', () => {
  const folder = () => mkdtempSync(path.join(dir, 'store-'));

  it('keeps facts between runs, equal to facts read anew, and parses only changed bodies', () => {
    const out = folder();
    const first = openBodyFacts(out, 'key-1');
    for (const body of [CLEAN, UNSAFE, BROKEN]) expect(first.facts(body)).toEqual(readBodyFacts(body));
    expect(first.counts()).toEqual({ kept: 0, read: 3 });
    first.save();

    const second = openBodyFacts(out, 'key-1');
    for (const body of [CLEAN, UNSAFE, BROKEN]) expect(second.facts(body)).toEqual(readBodyFacts(body));
    expect(second.facts(`${CLEAN} More.`).text).toBe('Amazon paused police use of Rekognition for a year. More.');
    expect(second.counts()).toEqual({ kept: 3, read: 1 });
  });

  it('reads every body anew when the parser or the rules changed (another key)', () => {
    const out = folder();
    const first = openBodyFacts(out, 'key-1');
    first.facts(CLEAN);
    first.save();
    const after = openBodyFacts(out, 'key-2');
    after.facts(CLEAN);
    expect(after.counts()).toEqual({ kept: 0, read: 1 });
  });

  it('treats a damaged or tampered file as empty rather than trusting it', () => {
    const out = folder();
    writeFileSync(path.join(out, BODY_FACTS_FILE), '{"key": "key-1", "facts": ');
    expect(openBodyFacts(out, 'key-1').facts(CLEAN)).toEqual(readBodyFacts(CLEAN));

    const store = openBodyFacts(out, 'key-1');
    store.facts(CLEAN);
    store.save();
    const saved = JSON.parse(readFileSync(path.join(out, BODY_FACTS_FILE), 'utf8')) as { facts: Record<string, unknown> };
    for (const hash of Object.keys(saved.facts)) saved.facts[hash] = { text: 'forged', unsafe: 'none' };
    writeFileSync(path.join(out, BODY_FACTS_FILE), JSON.stringify(saved));
    const reopened = openBodyFacts(out, 'key-1');
    expect(reopened.facts(CLEAN).text).toBe('Amazon paused police use of Rekognition for a year.');
    expect(reopened.counts()).toEqual({ kept: 0, read: 1 });
  });

  it('saves only the bodies of its own run', () => {
    const out = folder();
    const first = openBodyFacts(out, 'key-1');
    first.facts(CLEAN);
    first.facts(UNSAFE);
    first.save();
    const second = openBodyFacts(out, 'key-1');
    second.facts(CLEAN);
    second.save();
    const third = openBodyFacts(out, 'key-1');
    third.facts(UNSAFE);
    expect(third.counts()).toEqual({ kept: 0, read: 1 });
  });
});
