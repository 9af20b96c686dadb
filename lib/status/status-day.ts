/**
 * What the status page shows for one day, with every list bounded: each group of rules and each
 * cell of the matrix shows its count and at most a few rules, the rest folded until a reader opens
 * that group or cell. So the page's HTML and data stay the same size as the record grows; the full
 * lists come from the rules' data file (lib/status/status-file.ts) when asked for. Plain data in
 * and out: the build renders the build day with it, the browser any other day.
 */
import { MEASURES, type DatePrecision, type Kind, type Measure, type Scope } from '../content/vocab';
import { placesOn, type PlaceDay, type PlaceRules } from '../map/shade-places';
import { describeRule } from '../policy/rule-span';
import { amendmentsOn, groupRules, provisionMatrix, rulesInForce, type RuleFacts, type RuleOnDay } from '../policy/rules';

/** A list of more than this many shows this many and folds the rest (a list one longer shows whole). */
export const FOLD_AFTER = 5;

/** One rule as a group lists it. */
export interface RuleLine {
  slug: string;
  title: string;
  kind: Kind;
  datePrecision: DatePrecision;
  /** "moratorium for police since 10 June 2020, extended 18 May 2021". */
  line: string;
  amendments: { slug: string; title: string; adopted: string }[];
}

export interface StatusGroup {
  slug: string;
  name: string;
  /** How many of its rules are in force. */
  count: number;
  /** The rules shown: all of them, or the first `FOLD_AFTER` when folded. */
  rules: RuleLine[];
}

export interface MatrixCell {
  measure: Measure;
  count: number;
  /** The rules shown, as the group they are listed under and the rule's title. */
  rules: { slug: string; title: string; groupName: string }[];
}

export interface StatusDay {
  date: string;
  /** Rules in force on the day. */
  count: number;
  groups: StatusGroup[];
  /** The measures some rule in force uses: the matrix's columns. */
  measures: Measure[];
  /** The matrix's rows: scopes some rule in force binds, with a cell for each of `measures`. */
  rows: { scope: Scope; cells: MatrixCell[] }[];
  /** Every place on the map, with its shade that day. */
  places: PlaceDay[];
}

/** What a reader has opened: groups as `group:<slug>`, matrix cells as `cell:<scope>/<measure>`. */
export const groupKey = (slug: string) => `group:${slug}`;
export const cellKey = (scope: Scope, measure: Measure) => `cell:${scope}/${measure}`;

/** The items a list shows: all, when open or short enough; else the first `FOLD_AFTER`. */
function shown<T>(items: readonly T[], open: boolean): readonly T[] {
  return open || items.length <= FOLD_AFTER + 1 ? items : items.slice(0, FOLD_AFTER);
}

function lineOf({ rule, state }: RuleOnDay, date: string): RuleLine {
  return {
    slug: rule.slug,
    title: rule.title,
    kind: rule.kind,
    datePrecision: rule.datePrecision,
    line: describeRule(rule, state, date),
    amendments: amendmentsOn(rule, date).map(({ slug, title, adopted }) => ({ slug, title, adopted })),
  };
}

/**
 * What is in force on `date`, before any list is folded: the costly part (every rule's state that
 * day, the groups, the matrix, the map's shades), worked out once per day. `foldDay` then cuts the
 * lists a reader sees, so opening or folding a list does not work the day out again.
 */
export interface DayFacts {
  date: string;
  count: number;
  groups: { slug: string; name: string; rules: RuleOnDay[] }[];
  measures: Measure[];
  rows: { scope: Scope; cells: { measure: Measure; rules: RuleOnDay[] }[] }[];
  places: PlaceDay[];
}

export function dayFacts(rules: readonly RuleFacts[], places: readonly PlaceRules[], date: string): DayFacts {
  const inForce = rulesInForce(rules, date);
  const matrix = provisionMatrix(inForce);
  const measures = MEASURES.values.filter((measure) => matrix.some((row) => row.cells.some((cell) => cell.measure === measure && cell.rules.length > 0)));
  const rows = matrix
    .filter((row) => row.cells.some((cell) => cell.rules.length > 0))
    .map((row) => ({ scope: row.scope, cells: measures.map((measure) => ({ measure, rules: row.cells.find((cell) => cell.measure === measure)?.rules ?? [] })) }));
  const groups = groupRules(inForce).map((group) => ({ slug: group.slug, name: group.name, rules: group.rules }));
  return { date, count: inForce.length, groups, measures, rows, places: placesOn(places, rules, date) };
}

/** The day's lists as the page shows them, with the lists in `open` unfolded. */
export function foldDay(facts: DayFacts, open: ReadonlySet<string> = new Set()): StatusDay {
  const { date } = facts;
  return {
    date,
    count: facts.count,
    groups: facts.groups.map((group) => ({
      slug: group.slug,
      name: group.name,
      count: group.rules.length,
      rules: shown(group.rules, open.has(groupKey(group.slug))).map((item) => lineOf(item, date)),
    })),
    measures: facts.measures,
    rows: facts.rows.map((row) => ({
      scope: row.scope,
      cells: row.cells.map((cell) => ({
        measure: cell.measure,
        count: cell.rules.length,
        rules: shown(cell.rules, open.has(cellKey(row.scope, cell.measure))).map(({ rule }) => ({ slug: rule.slug, title: rule.title, groupName: rule.group.name })),
      })),
    })),
    places: facts.places,
  };
}

/** The status page's view of `date`, with the lists in `open` unfolded. */
export function statusDay(rules: readonly RuleFacts[], places: readonly PlaceRules[], date: string, open: ReadonlySet<string> = new Set()): StatusDay {
  return foldDay(dayFacts(rules, places, date), open);
}
