/**
 * Which shade a place gets on a day: the strongest kind of rule in force there (ban, then
 * moratorium, restrictions on use, consent law, any other rule), from the same rule states the
 * status page shows (`statesOn`). Plain data in and out, so the browser re-shades on a new date.
 */
import type { Measure } from '../content/vocab';
import { statesOn, type RuleOnDay, type RuleFacts } from '../policy/rules';

export interface Shade {
  id: 'ban' | 'moratorium' | 'restrictions' | 'consent' | 'other' | 'none';
  /** The shade in words, as the legend and the table say it. */
  label: string;
  /** The shade in a few words, inside a sentence. */
  word: string;
  /** The measures that give a place this shade; `none` is a place whose rules are not in force. */
  measures: readonly Measure[];
  /** Fill colours for the light and dark themes; each has 3:1 contrast with the page and the land. */
  light: string;
  dark: string;
}

/** Strongest first. */
export const SHADES: readonly Shade[] = [
  { id: 'ban', label: 'Ban', word: 'ban', measures: ['ban'], light: '#9f1239', dark: '#fb7185' },
  { id: 'moratorium', label: 'Moratorium', word: 'moratorium', measures: ['moratorium'], light: '#c2410c', dark: '#fb923c' },
  { id: 'restrictions', label: 'Restrictions on use', word: 'restrictions on use', measures: ['use-restrictions'], light: '#854d0e', dark: '#facc15' },
  { id: 'consent', label: 'Consent law', word: 'consent law', measures: ['consent-requirement'], light: '#0e7490', dark: '#22d3ee' },
  {
    id: 'other',
    label: 'Other rule (disclosure, fines, sales halts)',
    word: 'other rule',
    measures: ['disclosure', 'penalty', 'sales-halt', 'product-exit', 'call-for-regulation'],
    light: '#6d28d9',
    dark: '#a78bfa',
  },
  { id: 'none', label: 'Rules on record, none in force that day', word: 'none in force', measures: [], light: '#64748b', dark: '#94a3b8' },
];

/** The land of places with no rule on record, and the page behind the map, in each theme. */
export const LAND = { light: '#e2e8f0', dark: '#1e293b' };
export const PAGE = { light: '#ffffff', dark: '#020617' };

export type ShadeId = Shade['id'];

export interface PlaceShade {
  shade: Shade;
  /** The place's rules that bind on the day. */
  inForce: RuleOnDay[];
}

export const shadeById = (id: ShadeId): Shade => SHADES.find((shade) => shade.id === id)!;

/** The shade of a place whose rules are `rules` (those its entity page counts), on `date`. */
export function shadeOn(rules: readonly RuleFacts[], date: string): PlaceShade {
  const inForce = statesOn(rules, date).filter(({ state }) => state.inForce);
  const measures = new Set(inForce.flatMap(({ rule }) => rule.measure));
  const shade = inForce.length === 0 ? shadeById('none') : (SHADES.find((candidate) => candidate.measures.some((measure) => measures.has(measure))) ?? shadeById('other'));
  return { shade, inForce };
}

/** What a screen reader says for a place on the map: "Illinois: 3 rules in force (consent law)". */
export function placeLabel(name: string, { shade, inForce }: PlaceShade): string {
  return labelOf(name, shade, inForce.length);
}

/** The same from a shade and a count of rules in force. */
export function labelOf(name: string, shade: Shade, count: number): string {
  if (count === 0) return `${name}: no rule in force`;
  return `${name}: ${count} rule${count === 1 ? '' : 's'} in force (${shade.word})`;
}
