/** Every checker rule, in the order their problems are most useful to read. */
import type { Rule } from '../rule';
import { binds } from './binds';
import { bodyLength } from './body-length';
import { bodyLinks } from './body-links';
import { datePrecision } from './date-precision';
import { endedTerm } from './ended-term';
import { frontmatterSchema } from './frontmatter-schema';
import { historyOrder } from './history-order';
import { jurisdictionTree } from './jurisdiction-tree';
import { policyFields } from './policy-fields';
import { references } from './references';
import { relatedLinks } from './related-links';
import { safeBody } from './safe-body';
import { slugFormat } from './slug-format';
import { sourceAddresses } from './source-addresses';
import { staleReview } from './stale-review';
import { todoMarkers } from './todo-markers';
import { uniqueNames } from './unique-names';
import { uniqueSlugs } from './unique-slugs';

export const RULES: readonly Rule[] = [
  todoMarkers,
  frontmatterSchema,
  slugFormat,
  datePrecision,
  uniqueSlugs,
  uniqueNames,
  references,
  policyFields,
  binds,
  historyOrder,
  endedTerm,
  staleReview,
  sourceAddresses,
  jurisdictionTree,
  relatedLinks,
  bodyLength,
  bodyLinks,
  safeBody,
];

/** The id of problems found while reading files, before any rule runs (bad YAML, a missing folder). */
export const READ_FILES = 'read-files';
