/** The git history of content/entries, read once per build (one git process for every entry). */
import { readGitHistory, type GitHistory } from './history/git-history';

let history: GitHistory | undefined;

export function getEntryHistory(): GitHistory {
  history ??= readGitHistory(process.cwd(), 'content/entries');
  return history;
}
