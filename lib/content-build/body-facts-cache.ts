/**
 * Body facts (lib/mdx/body-facts.ts) kept between runs in `.generated/body-facts.json`, so the
 * checker and the content step parse only the bodies that changed. At 10,000 entries parsing
 * was most of both steps' time on a rebuild. Keys are hashes of the body's text, never file
 * times, and the whole file belongs to one version of the parser and the project's rules: a
 * change to either reads every body anew.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readBodyFacts, type BodyFacts, type BodyFactsSource } from '../mdx/body-facts';
import { writeAtomically } from './generated-file';

export const BODY_FACTS_FILE = 'body-facts.json';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * What a body's facts depend on besides its text: the installed packages (the lockfile pins the
 * parser and everything under it) and the source of lib/mdx and lib/content, where the parser's
 * options, the rules for what a body may contain and their messages live.
 */
export function factsKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  for (const folder of ['lib/mdx', 'lib/content']) {
    for (const name of readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(root, folder, name)));
    }
  }
  return hash.digest('hex');
}

const finding = z.object({ line: z.number().int(), message: z.string() });
const factsFile = z.object({
  key: z.string(),
  facts: z.record(z.string(), z.object({ text: z.string(), error: finding.optional(), unsafe: z.array(finding) })),
});

const bodyHash = (body: string): string => createHash('sha256').update(body).digest('base64url');

/** A store of body facts backed by a file in `dir`; `save()` writes back this run's bodies. */
export interface StoredBodyFacts extends BodyFactsSource {
  save: () => void;
  /** Bodies found in the file, and bodies parsed this run. */
  counts: () => { kept: number; read: number };
}

/** Opens the store in `dir`. A missing, unreadable or foreign file is an empty store. */
export function openBodyFacts(dir: string, key: string = factsKey()): StoredBodyFacts {
  const file = path.join(dir, BODY_FACTS_FILE);
  let earlier: Record<string, BodyFacts> = {};
  try {
    const stored = factsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (stored.success && stored.data.key === key) earlier = stored.data.facts;
  } catch {
    // no file yet, or not JSON: every body is read anew
  }
  const used = new Map<string, BodyFacts>();
  let kept = 0;
  let read = 0;
  return {
    facts(body) {
      const hash = bodyHash(body);
      let found = used.get(hash);
      if (found) return found;
      found = Object.hasOwn(earlier, hash) ? earlier[hash] : undefined;
      if (found) kept += 1;
      else {
        found = readBodyFacts(body);
        read += 1;
      }
      used.set(hash, found);
      return found;
    },
    save() {
      // Nothing new and nothing dropped: the file already holds exactly this run's bodies.
      if (read === 0 && used.size === Object.keys(earlier).length) return;
      // Only this run's bodies: the file never holds more than the content it was last run on.
      try {
        writeAtomically(file, JSON.stringify({ key, facts: Object.fromEntries(used) }));
      } catch {
        // A folder that cannot be written (a read-only checkout) only means the next run parses again.
      }
    },
    counts: () => ({ kept, read }),
  };
}
