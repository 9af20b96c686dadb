/**
 * A query's filters (`status:in-effect`, `company:amazon from:2021`) as a test of a page's packed
 * facts. A filter-only query at 10,000 entries tests every entry, so the chosen values become one
 * flag per value of their list, worked out once per query, and a test reads the packed numbers with
 * no allocation per page. It answers as the filter model's `matchesFilters` on the unpacked facts
 * does (lib/filters/filter-model.ts), entity pages and pages whose facts are not known excluded.
 */
import { LIST_FILTER_SPECS, periodBound, type Filters, type ListFilter } from '../filters/filter-model';
import type { PackedDoc, SearchMeta } from './records';

/** Positions in a PackedDoc (lib/search/records.ts). */
const TYPE = 0;
const DATE = 1;
const KIND = 3;

/**
 * Where each list filter's values sit in a packed page, whether that is one number or a list of
 * them, and the list those numbers point into.
 */
interface PackedField {
  at: 3 | 4 | 5 | 6 | 7 | 10 | 11;
  many: boolean;
  list: (meta: SearchMeta) => readonly string[];
}

const slugs = (meta: SearchMeta) => meta.entities.map((entity) => entity.slug);

// Keyed by every list filter of the model, so a filter added there does not compile until it is
// placed here too.
const PACKED: Record<ListFilter, PackedField> = {
  kind: { at: 3, many: false, list: (meta) => meta.lists.kind },
  status: { at: 4, many: false, list: (meta) => meta.lists.status },
  actor: { at: 5, many: true, list: slugs },
  jurisdiction: { at: 6, many: true, list: slugs },
  topic: { at: 7, many: true, list: (meta) => meta.topics.map((topic) => topic.slug) },
  scope: { at: 10, many: true, list: (meta) => meta.lists.scope },
  measure: { at: 11, many: true, list: (meta) => meta.lists.measure },
};

/** One filter of the query: a flag for each value of its list that was chosen. */
interface Chosen {
  at: number;
  flags: Uint8Array;
}

export class FilterTest {
  private readonly single: Chosen[] = [];
  private readonly multiple: Chosen[] = [];
  /** First and last day as the model compares them; undefined when not set. */
  private readonly from?: string;
  private readonly to?: string;

  constructor(filters: Filters, meta: SearchMeta) {
    for (const spec of LIST_FILTER_SPECS) {
      const chosen = filters[spec.key];
      if (chosen.length === 0) continue;
      const { at, many, list } = PACKED[spec.key];
      const values = list(meta);
      const flags = new Uint8Array(values.length);
      values.forEach((value, i) => {
        if (chosen.includes(value)) flags[i] = 1;
      });
      (many ? this.multiple : this.single).push({ at, flags });
    }
    // As the model reads a bound it cannot understand: from '' (every date), to '9999' (every date).
    if (filters.from !== undefined) this.from = periodBound(filters.from, 'start') ?? '';
    if (filters.to !== undefined) this.to = periodBound(filters.to, 'end') ?? '9999';
  }

  /** True when the page is an entry whose facts are known and pass every filter. */
  passes(doc: PackedDoc | undefined): boolean {
    // An entry as `isEntry` has it: a date and a kind.
    if (doc === undefined || doc[TYPE] !== 0 || doc[DATE] === '' || doc[KIND] === -1) return false;
    for (let f = 0; f < this.single.length; f++) {
      const { at, flags } = this.single[f]!;
      // -1 (no status) reads as undefined: not chosen.
      if (flags[doc[at] as number] !== 1) return false;
    }
    for (let f = 0; f < this.multiple.length; f++) {
      const { at, flags } = this.multiple[f]!;
      const values = doc[at] as number[];
      let any = false;
      for (let i = 0; i < values.length && !any; i++) any = flags[values[i]!] === 1;
      if (!any) return false;
    }
    const date = doc[DATE];
    return (this.from === undefined || date >= this.from) && (this.to === undefined || date <= this.to);
  }
}
