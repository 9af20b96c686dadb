/**
 * Where a rule stood on a given day, computed from its `status`, `history`, `effective` and
 * `expires`, and from later entries that replace it. One function serves the status page, the
 * provision matrix, entity stances and the tests.
 */
import type { Entry } from '../content/model';
import type { Status } from '../content/vocab';

/** Statuses under which a rule binds (`enacted` only once its effective date has come). */
const BINDING: ReadonlySet<Status> = new Set(['in-effect', 'extended', 'enacted', 'settled']);

export interface RuleState {
  /** The status on that day, or undefined before the rule's first step. */
  status: Status | undefined;
  /** Whether the rule bound anyone on that day. */
  inForce: boolean;
  /** The day the current state began. */
  since: string | undefined;
  /**
   * What decided it: a dated step, the end of its term, a replacing entry, or no start yet;
   * `revived` when it binds again after a spell as `suspended` (a replacement that lapsed).
   */
  reason: 'step' | 'term-ended' | 'replaced' | 'not-yet' | 'not-yet-effective' | 'revived';
  /** The entry that replaced it, when `reason` is `replaced`. */
  replacedBy?: Replacement;
}

/** What the lifecycle needs of an entry; plain data, so the browser can compute it too. */
export type RuleLike = Pick<Entry, 'slug' | 'date' | 'status' | 'history' | 'effective' | 'expires' | 'measure'>;

/**
 * A later entry that takes over from a rule: one that `repeals` it ends it (repealed); one that
 * `supersedes` it carries it on (a draft by the act it became, a law by its replacement).
 */
export type Replacement = RuleLike & { rel?: 'supersedes' | 'repeals' };

export interface Step {
  date: string;
  status: Status;
}

/** A rule is an entry that says what it does (`measure`) and where it stands (`status`). */
export function isRule(entry: RuleLike): boolean {
  return (entry.measure?.length ?? 0) > 0 && entry.status !== undefined;
}

/**
 * Each rule's steps, worked out once: a day's state asks for them again for every rule, its
 * replacements and each day it considers, and the status page does that in the browser.
 */
const stepsOf = new WeakMap<RuleLike, readonly Step[]>();

/** The dated steps of a rule's life, oldest first; without history, its status from its start. */
export function lifecycleSteps(entry: RuleLike): readonly Step[] {
  let steps = stepsOf.get(entry);
  if (!steps) {
    // `YYYY-MM-DD` days sort as plain strings (localeCompare would ask the locale's collation, much slower).
    steps = entry.history && entry.history.length > 0
      ? entry.history.map(({ date, status }) => ({ date, status })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      : entry.status ? [{ date: entry.effective ?? entry.date, status: entry.status }] : [];
    stepsOf.set(entry, steps);
  }
  return steps;
}

/**
 * The rule's state on `date` (`YYYY-MM-DD`). `replacements` are entries that supersede or
 * repeal it: from the day one of them binds, this one no longer does.
 */
export function ruleStateOn(entry: RuleLike, date: string, replacements: readonly Replacement[] = []): RuleState {
  const last = lifecycleSteps(entry)
    .filter((step) => step.date <= date)
    .at(-1);
  if (!last) return { status: undefined, inForce: false, since: undefined, reason: 'not-yet' };

  for (const replacement of replacements) {
    if (ruleStateOn(replacement, date).inForce) {
      // A rule set aside only while the replacement binds reads as suspended, not repealed.
      const status = last.status === 'suspended' ? 'suspended' : replacement.rel === 'supersedes' ? 'superseded' : 'repealed';
      return { status, inForce: false, since: bindingStart(replacement), reason: 'replaced', replacedBy: replacement };
    }
  }

  const binding = BINDING.has(last.status);
  // A term that ran out, with no extension, reads as expired from the day it ended.
  if (binding && last.status !== 'extended' && entry.expires && entry.expires <= date && last.date < entry.expires) {
    return { status: 'expired', inForce: false, since: entry.expires, reason: 'term-ended' };
  }
  if (binding && entry.effective && entry.effective > date) {
    return { status: last.status, inForce: false, since: last.date, reason: 'not-yet-effective' };
  }
  const since = binding && entry.effective && entry.effective > last.date ? entry.effective : last.date;
  const revived = binding && suspendedBefore(entry, since) !== undefined;
  return { status: last.status, inForce: binding, since, reason: revived ? 'revived' : 'step' };
}

/** The latest `suspended` step before `date`, if the rule was ever set aside. */
export function suspendedBefore(entry: RuleLike, date: string): Step | undefined {
  return lifecycleSteps(entry)
    .filter((step) => step.status === 'suspended' && step.date < date)
    .at(-1);
}

/** The first day the rule binds, if it ever does (replacements aside). */
export function bindingStart(entry: RuleLike): string | undefined {
  const days = [...lifecycleSteps(entry).map((step) => step.date), ...(entry.effective ? [entry.effective] : [])].sort();
  return days.find((day) => ruleStateOn(entry, day).inForce);
}
