/** Scores search answers against the reader questions: share with a hit in the top 3, and mean reciprocal rank. */
import type { SearchEngine } from '../search/engine';
import type { ReaderQuestion } from './reader-questions';

interface QuestionScore {
  query: string;
  /** 1-based rank of the first expected page, or undefined when none is in the first `depth`. */
  rank?: number;
  /** The first three pages shown, by slug. */
  top: string[];
}

export interface RelevanceScore {
  questions: QuestionScore[];
  /** Share of questions with an expected page among the first three results. */
  top3: number;
  /** Mean of 1 / rank of the first expected page (0 when it is not in the first `depth`). */
  mrr: number;
}

/** Runs every question as the search page does and scores where the expected pages land. */
export async function scoreQuestions(engine: SearchEngine, questions: readonly ReaderQuestion[], depth = 20): Promise<RelevanceScore> {
  const scored: QuestionScore[] = [];
  for (const question of questions) {
    const { results } = await engine.search(question.query, { show: depth });
    const slugs = results.slice(0, depth).map((result) => result.text?.slug ?? '');
    const at = slugs.findIndex((slug) => question.expect.includes(slug));
    scored.push({ query: question.query, ...(at === -1 ? {} : { rank: at + 1 }), top: slugs.slice(0, 3) });
  }
  const count = Math.max(scored.length, 1);
  return {
    questions: scored,
    top3: scored.filter((q) => q.rank !== undefined && q.rank <= 3).length / count,
    mrr: scored.reduce((sum, q) => sum + (q.rank ? 1 / q.rank : 0), 0) / count,
  };
}
