/** What an entity's rules say today, in one line, and the rules a place inherits from above. */
import type { Collection } from '../content/collection';
import { formatDate } from '../content/dates';
import { statusLabel } from '../content/labels';
import type { Entity, Entry } from '../content/model';
import { ancestorsOf } from '../content/places';
import { isRule, ruleStateOn, type RuleState } from './rule-status';
import { describeRule } from './rule-span';
import { replacementsOf } from './rules';


export interface Stance {
  /** Rules the entity made that are in force on the day. */
  inForce: { entry: Entry; state: RuleState }[];
  /** The line shown under its name. */
  line: string;
}

/**
 * The rules that make up an entity's stance, oldest first: for a company or body, the rules in
 * which it is an actor; for a place, also the rules that name it as a jurisdiction (not those of
 * the places that contain it: see `inheritedRules`). The map shades a place by these.
 */
export function stanceRules(collection: Collection, entity: Entity): Entry[] {
  const counts = (roles: readonly string[]) =>
    roles.includes('actor') || (entity.category === 'jurisdiction' && roles.includes('jurisdiction'));
  return collection
    .appearancesOf(entity)
    .filter(({ entry, roles }) => counts(roles) && isRule(entry))
    .map(({ entry }) => entry);
}

/** An entity's current position, from its `stanceRules`. */
export function stanceOf(collection: Collection, entity: Entity, date: string): Stance | undefined {
  const rules = stanceRules(collection, entity).map((entry) => ({ entry, state: ruleStateOn(entry, date, replacementsOf(collection, entry)) }));
  if (rules.length === 0) return undefined;
  const inForce = rules.filter((rule) => rule.state.inForce);
  // An extension and the rule it extends are one policy: describe the original, with its extension.
  const extendsOneInForce = (entry: Entry) =>
    (entry.related ?? []).some((link) => link.rel === 'extends' && inForce.some((other) => other.entry.slug === link.entry));
  const shown = inForce.filter(({ entry }) => !extendsOneInForce(entry));
  if (shown.length > 0) {
    return { inForce, line: `${entity.name}: ${shown.map(({ entry, state }) => describeRule(entry, state, date)).join('; ')}.` };
  }
  const latest = rules.at(-1)!;
  return {
    inForce,
    line: `${entity.name}: ${entity.category === 'jurisdiction' ? 'no rule that applies here' : 'no rule of its'} is in force; the latest, “${latest.entry.title}”, is ${statusLabel(latest.state.status ?? latest.entry.status!)}${latest.state.since ? ` since ${formatDate(latest.state.since)}` : ''}.`,
  };
}

export interface InheritedRule {
  entry: Entry;
  /** The larger place the rule belongs to. */
  from: Entity;
}

/** Rules of the places that contain `place`: a city's state, country and, in Europe, the EU. */
export function inheritedRules(collection: Collection, place: Entity): InheritedRule[] {
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
  return ancestorsOf(place.slug, parentOf).flatMap((slug) => {
    const from = collection.getEntity(slug);
    if (!from) return [];
    return collection
      .appearancesOf(from)
      .filter(({ entry, roles }) => roles.includes('jurisdiction') && isRule(entry))
      .map(({ entry }) => ({ entry, from }));
  });
}
