/** Runs every rule over a content folder and returns all problems, sorted. */
import { readContentTree, type ContentTree } from './content-tree';
import { sortProblems, type Problem } from './problem';
import { RULES } from './rules/index';

export function checkTree(tree: ContentTree): Problem[] {
  const context = { entries: tree.entries, entities: tree.entities, topics: tree.topics, unreadable: tree.unreadable };
  return sortProblems([...tree.problems, ...RULES.flatMap((rule) => rule.check(context))]);
}

export async function checkContent(root: string): Promise<{ problems: Problem[]; tree: ContentTree }> {
  const tree = await readContentTree(root);
  return { problems: checkTree(tree), tree };
}
