/** Runs every rule over a content folder and returns all problems, sorted. */
import { today as currentDay } from '../content/dates';
import { readContentTree, type ContentTree } from '../content/content-tree';
import { bodyFactsInMemory, type BodyFactsSource } from '../mdx/body-facts';
import { sortProblems, type Problem } from '../content/problem';
import { READ_FILES, RULES } from './rules/index';

/**
 * Options of a check run: `today` fixes the day that terms and review ages are measured to;
 * `bodies` gives facts kept from earlier runs (npm run check keeps them in .generated/).
 */
export interface CheckOptions {
  today?: string;
  bodies?: BodyFactsSource;
}

export function checkTree(tree: ContentTree, options: CheckOptions = {}): Problem[] {
  const context = { entries: tree.entries, entities: tree.entities, topics: tree.topics, unreadable: tree.unreadable, today: options.today ?? currentDay(), bodies: options.bodies ?? bodyFactsInMemory() };
  return sortProblems([
    ...tree.problems.map((problem) => ({ ...problem, rule: READ_FILES })),
    ...RULES.flatMap((rule) => rule.check(context).map((problem) => ({ ...problem, rule: rule.id }))),
  ]);
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<{ problems: Problem[]; tree: ContentTree }> {
  const tree = readContentTree(root);
  return { problems: checkTree(tree, options), tree };
}
