/** The shapes pages work with: checked frontmatter plus what the site derives from it. */
import type { EntityFrontmatter, EntryFrontmatter, Topic } from './schema';
import type { DatePrecision, Relation } from './vocab';

/** A compiled MDX body: `code` runs in a server component, `raw` feeds search and word counts. */
export interface Body {
  raw: string;
  code: string;
}

export interface Entry extends Omit<EntryFrontmatter, 'datePrecision'> {
  slug: string;
  /** The page's path: `/entries/<slug>/`. */
  url: string;
  /** The file's path in the repository: `content/entries/2020/<slug>.mdx`. */
  sourceFile: string;
  datePrecision: DatePrecision;
  body: Body;
}

export interface Entity extends EntityFrontmatter {
  slug: string;
  url: string;
  sourceFile: string;
  body: Body;
}

/** One side of a `related` link, as shown on an entry's page. */
export interface EntryLink {
  rel: Relation;
  /** `out` for links this entry wrote; `in` for links other entries wrote to it. */
  direction: 'out' | 'in';
  /** The relation in words from this entry's side: "extends", or "extended by". */
  words: string;
  entry: Entry;
}

/** How an entity figures in an entry: it acted, the entry applies to it as a place, or its rule binds it. */
export const APPEARANCE_ROLES = ['actor', 'jurisdiction', 'bound'] as const;
export type AppearanceRole = (typeof APPEARANCE_ROLES)[number];

/** An entry as it concerns one entity. */
export interface EntityAppearance {
  entry: Entry;
  roles: AppearanceRole[];
}

export type { Topic };
