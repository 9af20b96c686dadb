/** An entry's body says what happened, the context and the reactions: 120 to 400 words. */
import { BODY_MAX_WORDS, BODY_MIN_WORDS, countWords } from '../../content/words';
import type { ContentDoc } from '../../content/content-tree';
import type { CheckContext, Rule } from '../rule';

/** Words a reader sees in a body (its plain text, from the facts the checker reads once). */
const bodyWords = (doc: ContentDoc, { bodies }: CheckContext) => countWords(bodies.facts(doc.parsed.body).text);

export const bodyLength: Rule = {
  id: 'body-length',
  description: `An entry's body has ${BODY_MIN_WORDS} to ${BODY_MAX_WORDS} words; an entity's is not empty.`,
  check: (context) => [
    ...context.entries.flatMap((entry) => {
      const words = bodyWords(entry, context);
      if (words >= BODY_MIN_WORDS && words <= BODY_MAX_WORDS) return [];
      const advice = words < BODY_MIN_WORDS ? 'say what happened, the context and the reactions' : 'keep to the essentials';
      return [{
        file: entry.parsed.file,
        line: entry.parsed.bodyLine,
        field: 'body',
        message: `has ${words} words; write ${BODY_MIN_WORDS} to ${BODY_MAX_WORDS} (${advice})`,
      }];
    }),
    ...context.entities
      .filter((entity) => bodyWords(entity, context) === 0)
      .map((entity) => ({
        file: entity.parsed.file,
        line: entity.parsed.bodyLine,
        field: 'body',
        message: 'is empty; describe in a sentence or two who or what this is',
      })),
  ],
};
