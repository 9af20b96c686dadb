/** Jurisdictions inside jurisdictions: Boston is in Massachusetts, which is in the United States. */

/** Looks up a place's parent slug; undefined for a place at the top or an unknown slug. */
export type ParentOf = (slug: string) => string | undefined;

/** The chain of larger places above `slug`, nearest first, without `slug` itself. */
export function ancestorsOf(slug: string, parentOf: ParentOf): string[] {
  const chain: string[] = [];
  const seen = new Set([slug]);
  for (let parent = parentOf(slug); parent !== undefined && !seen.has(parent); parent = parentOf(parent)) {
    chain.push(parent);
    seen.add(parent);
  }
  return chain;
}

/** The given places and every place that contains them: what a filter by place should match. */
export function withAncestors(slugs: readonly string[], parentOf: ParentOf): string[] {
  return [...new Set(slugs.flatMap((slug) => [slug, ...ancestorsOf(slug, parentOf)]))];
}

/** True when `outer` is `inner` or contains it. */
export function contains(outer: string, inner: string, parentOf: ParentOf): boolean {
  return outer === inner || ancestorsOf(inner, parentOf).includes(outer);
}
