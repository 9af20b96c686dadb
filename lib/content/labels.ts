/** Words for vocabulary values as readers see them on pages. */
import type { Category, Kind, Measure, Scope, Status } from './vocab';

const KIND_LABELS: Record<Kind, string> = {
  corporate: 'Corporate',
  legislation: 'Legislation',
  advocacy: 'Advocacy',
  research: 'Research',
  legal: 'Legal',
};

const CATEGORY_LABELS: Record<Category, string> = {
  company: 'Company',
  organization: 'Organization',
  government: 'Government body',
  jurisdiction: 'Jurisdiction',
  person: 'Person',
  product: 'Product',
};

/** "in-effect" → "in effect"; the other values read as they are. */
const hyphensToSpaces = (value: string) => value.replaceAll('-', ' ');

export const kindLabel = (kind: Kind): string => KIND_LABELS[kind];
export const categoryLabel = (category: Category): string => CATEGORY_LABELS[category];
export const statusLabel = (status: Status): string => hyphensToSpaces(status);
export const scopeLabel = (scope: Scope): string => hyphensToSpaces(scope);
export const measureLabel = (measure: Measure): string => hyphensToSpaces(measure);
