/** An entry's body says what happened, the context and the reactions: 120 to 400 words. */
import { BODY_MAX_WORDS, BODY_MIN_WORDS, countWords } from '../../content/words';
import type { ParsedFile } from '../../content/read-document';
import { parsedText } from '../../mdx/plain-text';
import { bodyTree } from '../body-tree';
import type { Rule } from '../rule';

/** Words a reader sees in a body, from the tree the checker parses once (body-tree.ts). */
const bodyWords = (parsed: ParsedFile) => countWords(parsedText(bodyTree(parsed), parsed.body));

export const bodyLength: Rule = {
  id: 'body-length',
  description: `An entry's body has ${BODY_MIN_WORDS} to ${BODY_MAX_WORDS} words; an entity's is not empty.`,
  check: ({ entries, entities }) => [
    ...entries.flatMap((entry) => {
      const words = bodyWords(entry.parsed);
      if (words >= BODY_MIN_WORDS && words <= BODY_MAX_WORDS) return [];
      const advice = words < BODY_MIN_WORDS ? 'say what happened, the context and the reactions' : 'keep to the essentials';
      return [{
        file: entry.parsed.file,
        line: entry.parsed.bodyLine,
        field: 'body',
        message: `has ${words} words; write ${BODY_MIN_WORDS} to ${BODY_MAX_WORDS} (${advice})`,
      }];
    }),
    ...entities
      .filter((entity) => bodyWords(entity.parsed) === 0)
      .map((entity) => ({
        file: entity.parsed.file,
        line: entity.parsed.bodyLine,
        field: 'body',
        message: 'is empty; describe in a sentence or two who or what this is',
      })),
  ],
};
