/**
 * Who a rule binds. Actors act; a rule binds someone else: a settlement binds the company that
 * settled, not the advocates who sued. An entry may say so in `binds`; where it does not, two
 * readings are safe enough to infer, and every other rule must name `binds` (the checker says
 * so). Plain data in, so the checker, the collection and the browser all use the same rule.
 */
import type { Kind } from './vocab';

/** What the inference needs of an entry: frontmatter fields only. */
export interface BindsInput {
  kind: Kind;
  actors: readonly string[];
  jurisdictions?: readonly string[];
  binds?: readonly string[];
}

/**
 * How `binds` was decided: `written` in the entry; `jurisdictions` for legislation (a law binds
 * the bodies in its places, as far as its `scope` reaches); `actor` for a company's own policy
 * with one actor (it binds that company).
 */
export const BINDS_FROM = ['written', 'jurisdictions', 'actor'] as const;
export type BindsFrom = (typeof BINDS_FROM)[number];

export interface Binding {
  slugs: string[];
  from: BindsFrom;
}

/** The entities a rule binds, written or inferred; undefined when it cannot be inferred. */
export function bindingOf(entry: BindsInput): Binding | undefined {
  if (entry.binds && entry.binds.length > 0) return { slugs: [...entry.binds], from: 'written' };
  if (entry.kind === 'legislation' && entry.jurisdictions && entry.jurisdictions.length > 0) {
    return { slugs: [...entry.jurisdictions], from: 'jurisdictions' };
  }
  if (entry.kind === 'corporate' && entry.actors.length === 1) return { slugs: [...entry.actors], from: 'actor' };
  return undefined;
}

/**
 * Whom an entry binds: for a policy (an entry with a `measure`), its `binds`, written or
 * inferred; nothing for other entries, or when it cannot be inferred (the checker refuses that).
 */
export function boundBy(entry: BindsInput & { measure?: readonly string[] }): string[] {
  return (entry.measure?.length ?? 0) > 0 ? (bindingOf(entry)?.slugs ?? []) : [];
}

/** Why a rule's `binds` cannot be inferred, in the words the checker uses after "binds: ". */
export function whyBindsIsNeeded(entry: BindsInput): string {
  switch (entry.kind) {
    case 'legislation':
      return 'legislation with no `jurisdictions` names no place for it to bind';
    case 'corporate':
      return `a company policy with ${entry.actors.length} actors does not say which of them it binds`;
    default:
      return `the actors of ${entry.kind === 'advocacy' ? 'an' : 'a'} ${entry.kind} entry are who acted, not whom its rule binds`;
  }
}
