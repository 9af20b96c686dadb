/**
 * `/data/deadlines.ics`: the dates in the life of every rule and case, one all-day event each:
 * the day it takes effect, the day its term ends, and each dated step of its history. Each
 * event links back to its entry.
 */
import type { Collection } from '../content/collection';
import { kindLabel, statusLabel } from '../content/labels';
import type { Entry } from '../content/model';
import { absoluteUrl, SITE, SITE_ADDRESS, type SiteAddress } from '../site-config';
import { writeCalendar, type AllDayEvent } from './ics-writer';

export type DeadlineKind = 'effective' | 'expires' | 'step';

export interface Deadline extends AllDayEvent {
  entry: string;
  kind: DeadlineKind;
}

/** The events of one entry, in date order. */
export function deadlinesOf(entry: Entry, address: SiteAddress = SITE_ADDRESS): Deadline[] {
  const permalink = absoluteUrl(entry.url, address);
  const host = new URL(address.url).hostname;
  const base = { entry: entry.slug, url: permalink, stamp: entry.reviewed, categories: [kindLabel(entry.kind)] };
  const describe = (what: string) => `${what}\n\n${entry.summary}\n\n${permalink}`;
  const events: Deadline[] = [];

  if (entry.effective) {
    events.push({
      ...base,
      kind: 'effective',
      uid: `${entry.slug}.effective@${host}`,
      date: entry.effective,
      summary: `Takes effect: ${entry.title}`,
      description: describe('Takes effect on this day.'),
    });
  }
  if (entry.expires) {
    events.push({
      ...base,
      kind: 'expires',
      uid: `${entry.slug}.expires@${host}`,
      date: entry.expires,
      summary: `Term ends: ${entry.title}`,
      description: describe(
        `The term it was given ends on this day, unless a later step changed it (recorded status: ${entry.status ? statusLabel(entry.status) : 'none'}).`,
      ),
    });
  }
  for (const step of entry.history ?? []) {
    // A step that only restates the effective or end date would double that event.
    if (step.status === 'in-effect' && step.date === entry.effective) continue;
    if (step.status === 'expired' && step.date === entry.expires) continue;
    events.push({
      ...base,
      kind: 'step',
      uid: `${entry.slug}.${step.date}.${step.status}@${host}`,
      date: step.date,
      summary: `${capitalise(statusLabel(step.status))}: ${entry.title}`,
      description: describe(sentence(step.note ?? `Status from this day: ${statusLabel(step.status)}`)),
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** Ends a note with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Every entry's events, in date order. */
export function allDeadlines(collection: Collection, address: SiteAddress = SITE_ADDRESS): Deadline[] {
  return collection.entries
    .flatMap((entry) => deadlinesOf(entry, address))
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

export function deadlinesIcs(collection: Collection, address: SiteAddress = SITE_ADDRESS): string {
  return writeCalendar({
    prodId: `-//${SITE.name}//Rule dates//EN`,
    name: `${SITE.name}: rule dates`,
    description: 'When facial recognition rules take effect, when their terms end, and each dated change of status.',
    events: allDeadlines(collection, address),
  });
}
