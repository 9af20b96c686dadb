/** Every field follows the content schema: present when required, the right shape, known keys only. */
import type { z } from 'zod';
import { entitySchema, entrySchema } from '../../content/schema';
import type { ContentDoc } from '../../content/content-tree';
import { isTodo } from '../../content/todo';
import { problemAt, type Rule } from '../rule';
import { describeIssue } from '../../content/schema-messages';

function checkDocs(docs: readonly ContentDoc[], schema: z.ZodType) {
  return docs.flatMap((doc) => {
    const result = schema.safeParse(doc.parsed.data, { reportInput: true });
    if (result.success) return [];
    return result.error.issues
      // A value the scaffold left as TODO is reported once, by the todo-markers rule.
      .filter((issue) => !isTodo(issue.input))
      .flatMap((issue) =>
      describeIssue(issue, schema).map(({ path, message }) => problemAt(doc, path, message)),
    );
  });
}

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description: 'Every field follows the content schema: required fields present, allowed values, real dates, https URLs, lengths, no unknown keys.',
  check: ({ entries, entities }) => [...checkDocs(entries, entrySchema), ...checkDocs(entities, entitySchema)],
};
