/**
 * Rules in force on a day, grouped by place or company, and the scope × measure matrix. Works on
 * plain records so the status page can recompute them in the browser for any date.
 */
import { compareNames } from '../content/compare-names';
import type { Collection } from '../content/collection';
import { boundBy } from '../content/binds';
import type { Entry } from '../content/model';
import { MEASURES, SCOPES, type DatePrecision, type Kind, type Measure, type Scope } from '../content/vocab';
import { isRule, lifecycleSteps, ruleStateOn, type Replacement, type RuleLike, type RuleState } from './rule-status';

/** A rule as the status page and the map need it (and as its data file carries it). */
export interface RuleFacts extends RuleLike {
  url: string;
  title: string;
  kind: Kind;
  datePrecision: DatePrecision;
  scope: Scope[];
  measure: Measure[];
  /** The entity the rule is listed under: the first it binds (a company, an agency or a place). */
  group: { slug: string; name: string };
  /** Entries that supersede or repeal this one. */
  replacements: Replacement[];
  /** Entries that amend this one (change its dates or scope), with what a reader needs to link them. */
  amendments: Amendment[];
}

/** A rule with every entity it binds. */
export interface RuleRecord extends RuleFacts {
  /** Every entity the rule binds, written in `binds` or inferred (see lib/content/binds.ts). */
  binds: { slug: string; name: string }[];
}

/** A later rule that changes this one: shown beside it once it has been adopted. */
export interface Amendment extends RuleLike {
  title: string;
  url: string;
}

/** Statuses that say an amending act has been adopted. */
const ADOPTED: ReadonlySet<string> = new Set(['enacted', 'in-effect', 'extended', 'settled', 'expired', 'repealed']);

/** The day an amendment was adopted: its first adopted step, or, with no history, its date if adopted. */
export function adoptedOn(amendment: RuleLike): string | undefined {
  return lifecycleSteps(amendment).find((step) => ADOPTED.has(step.status))?.date;
}

/** The amendments of a rule that had been adopted by `date`, oldest first. */
export function amendmentsOn(rule: Pick<RuleFacts, 'amendments'>, date: string): (Amendment & { adopted: string })[] {
  return rule.amendments
    .flatMap((amendment) => {
      const adopted = adoptedOn(amendment);
      return adopted !== undefined && adopted <= date ? [{ ...amendment, adopted }] : [];
    })
    .sort((a, b) => (a.adopted < b.adopted ? -1 : a.adopted > b.adopted ? 1 : 0));
}

export interface RuleOnDay {
  rule: RuleFacts;
  state: RuleState;
}

const lifecycle = (entry: Entry): RuleLike => ({
  slug: entry.slug,
  date: entry.date,
  status: entry.status,
  history: entry.history,
  effective: entry.effective,
  expires: entry.expires,
  measure: entry.measure,
});

/** Entries that supersede or repeal `entry`, with how: once one binds, `entry` no longer does. */
export function replacementsOf(collection: Collection, entry: Entry): (Entry & { rel: 'supersedes' | 'repeals' })[] {
  return collection
    .linksOf(entry)
    .flatMap((link) =>
      link.direction === 'in' && (link.rel === 'supersedes' || link.rel === 'repeals') ? [{ ...link.entry, rel: link.rel }] : [],
    );
}

/**
 * A rule goes under the first entity it binds: a law under its place, a company's policy under
 * the company, a settlement or order under the party it binds. A rule whose `binds` cannot be
 * inferred (the checker refuses it) falls back to its first place, then its first actor.
 */
export function groupSlug(entry: Entry): string {
  return boundBy(entry)[0] ?? entry.jurisdictions?.[0] ?? entry.actors[0]!;
}

/** Entries that amend `entry`. */
export function amendmentsOf(collection: Collection, entry: Entry): Entry[] {
  return collection
    .linksOf(entry)
    .filter((link) => link.direction === 'in' && link.rel === 'amends')
    .map((link) => link.entry);
}

/** Every rule in the collection as a plain record, in date order. */
export function ruleRecords(collection: Collection): RuleRecord[] {
  return collection.entries.filter(isRule).map((entry) => {
    const slug = groupSlug(entry);
    const named = (each: string) => ({ slug: each, name: collection.getEntity(each)?.name ?? each });
    return {
      ...lifecycle(entry),
      url: entry.url,
      title: entry.title,
      kind: entry.kind,
      datePrecision: entry.datePrecision,
      scope: entry.scope ?? [],
      measure: entry.measure ?? [],
      group: named(slug),
      binds: boundBy(entry).map(named),
      replacements: replacementsOf(collection, entry).map((replacement) => ({ ...lifecycle(replacement), rel: replacement.rel })),
      amendments: amendmentsOf(collection, entry).map((amending) => ({ ...lifecycle(amending), title: amending.title, url: amending.url })),
    };
  });
}

/** Each rule's state on `date`. */
export function statesOn(rules: readonly RuleFacts[], date: string): RuleOnDay[] {
  return rules.map((rule) => ({ rule, state: ruleStateOn(rule, date, rule.replacements) }));
}

/** The rules that bound someone on `date`. */
export function rulesInForce(rules: readonly RuleFacts[], date: string): RuleOnDay[] {
  return statesOn(rules, date).filter(({ state }) => state.inForce);
}

export interface RuleGroup {
  slug: string;
  name: string;
  rules: RuleOnDay[];
}

/** Rules grouped by the entity they bind first (a place, company or agency); groups by name. */
export function groupRules(rules: readonly RuleOnDay[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const item of rules) {
    const { slug, name } = item.rule.group;
    const group = groups.get(slug) ?? { slug, name, rules: [] };
    group.rules.push(item);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => compareNames(a.name, b.name));
}

export type ProvisionMatrix = { scope: Scope; cells: { measure: Measure; rules: RuleOnDay[] }[] }[];

/** Scope against measure: each cell holds the rules that bind that scope with that measure. */
export function provisionMatrix(rules: readonly RuleOnDay[]): ProvisionMatrix {
  return SCOPES.values.map((scope) => ({
    scope,
    cells: MEASURES.values.map((measure) => ({
      measure,
      rules: rules.filter(({ rule }) => rule.scope.includes(scope) && rule.measure.includes(measure)),
    })),
  }));
}
