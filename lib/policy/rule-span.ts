/**
 * How long a rule has bound, in words: "since 10 June 2020, extended 18 May 2021", or, for a
 * rule that came back when the rule that replaced it lapsed, "in force again since 1 July 2026
 * (set aside 1 July 2022 to 1 July 2026)". Plain data in, so the status page can call it in the
 * browser and the entity pages at build time.
 */
import { formatDate } from '../content/dates';
import { measureLabel, scopeLabel } from '../content/labels';
import type { Scope } from '../content/vocab';
import { bindingStart, lifecycleSteps, suspendedBefore, type RuleLike, type RuleState } from './rule-status';

export function ruleSpan(rule: RuleLike, state: RuleState, date: string): string {
  if (state.reason === 'revived' && state.since) {
    const suspended = suspendedBefore(rule, state.since);
    const gap = suspended ? ` (set aside ${formatDate(suspended.date)} to ${formatDate(state.since)})` : '';
    return `in force again since ${formatDate(state.since)}${gap}`;
  }
  const start = bindingStart(rule);
  const extended = lifecycleSteps(rule)
    .filter((step) => step.status === 'extended' && step.date <= date)
    .at(-1);
  return [start ? `since ${formatDate(start)}` : '', extended ? `extended ${formatDate(extended.date)}` : '']
    .filter(Boolean)
    .join(', ');
}

/**
 * A rule in one line, as the entity pages and the status page show it: "moratorium for police
 * since 10 June 2020, extended 18 May 2021".
 */
export function describeRule(rule: RuleLike & { scope?: readonly Scope[] }, state: RuleState, date: string): string {
  const what = `${(rule.measure ?? []).map(measureLabel).join(' and ')} for ${(rule.scope ?? []).map(scopeLabel).join(', ')}`;
  const span = ruleSpan(rule, state, date);
  return span ? `${what} ${span}` : what;
}
