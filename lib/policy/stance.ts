/** What the rules binding an entity say today, in one line, and the rules a place inherits from above. */
import type { Collection } from '../content/collection';
import { formatDate } from '../content/dates';
import { statusLabel } from '../content/labels';
import type { Entity, Entry } from '../content/model';
import { ancestorsOf } from '../content/places';
import { isRule, ruleStateOn, type RuleState } from './rule-status';
import { describeRule } from './rule-span';
import { replacementsOf } from './rules';

export interface Stance {
  /** Rules that bind the entity and are in force on the day. */
  inForce: { entry: Entry; state: RuleState }[];
  /** The line shown under its name. */
  line: string;
}

/**
 * An entity's current position: the rules that bind it (its `binds` role, written or inferred).
 * Acting in a rule is not being bound by it: the ACLU sued Clearview, and the settlement binds
 * Clearview. For a place, a rule that binds it is one that applies to the bodies there.
 */
export function stanceOf(collection: Collection, entity: Entity, date: string): Stance | undefined {
  const isPlace = entity.category === 'jurisdiction';
  const rules = collection
    .appearancesOf(entity)
    .filter(({ entry, roles }) => roles.includes('bound') && isRule(entry))
    .map(({ entry }) => ({ entry, state: ruleStateOn(entry, date, replacementsOf(collection, entry)) }));
  if (rules.length === 0) return undefined;
  const inForce = rules.filter((rule) => rule.state.inForce);
  // An extension and the rule it extends are one policy: describe the original, with its extension.
  const extendsOneInForce = (entry: Entry) =>
    (entry.related ?? []).some((link) => link.rel === 'extends' && inForce.some((other) => other.entry.slug === link.entry));
  const shown = inForce.filter(({ entry }) => !extendsOneInForce(entry));
  // A company or agency bound in several places: say where each rule holds.
  const where = (entry: Entry) => {
    const places = isPlace ? [] : (entry.jurisdictions ?? []).map((slug) => collection.getEntity(slug)?.name ?? slug);
    return places.length > 0 ? ` (${places.join(', ')})` : '';
  };
  if (shown.length > 0) {
    return {
      inForce,
      line: `${entity.name}: ${shown.map(({ entry, state }) => `${describeRule(entry, state, date)}${where(entry)}`).join('; ')}.`,
    };
  }
  const latest = rules.at(-1)!;
  return {
    inForce,
    line: `${entity.name}: ${isPlace ? 'no rule that applies here' : 'no rule that binds it'} is in force; the latest, “${latest.entry.title}”, is ${statusLabel(latest.state.status ?? latest.entry.status!)}${latest.state.since ? ` since ${formatDate(latest.state.since)}` : ''}.`,
  };
}

export interface InheritedRule {
  entry: Entry;
  /** The larger place the rule belongs to. */
  from: Entity;
}

/** Rules that bind the places containing `place`: a city's state, country and, in Europe, the EU. */
export function inheritedRules(collection: Collection, place: Entity): InheritedRule[] {
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
  return ancestorsOf(place.slug, parentOf).flatMap((slug) => {
    const from = collection.getEntity(slug);
    if (!from) return [];
    return collection
      .appearancesOf(from)
      .filter(({ entry, roles }) => roles.includes('bound') && isRule(entry))
      .map(({ entry }) => ({ entry, from }));
  });
}
