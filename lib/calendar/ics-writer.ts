/**
 * A small iCalendar (RFC 5545) writer for all-day events. The `ics` package was tried first: it
 * folds lines by characters, so a line with accented names could pass the 75-octet limit; this
 * writer folds by octets and never splits a UTF-8 character.
 */

export interface AllDayEvent {
  /** Globally unique and stable, so calendar apps update an event instead of doubling it. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
  /** An absolute address, written as a URI (not escaped as text). */
  url?: string;
  categories?: readonly string[];
  /** When the event's information last changed (`YYYY-MM-DD`), for DTSTAMP. */
  stamp: string;
}

export interface Calendar {
  /** Who made the file: `-//Owner//Product//EN`. */
  prodId: string;
  name: string;
  description?: string;
  events: readonly AllDayEvent[];
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (§3.1): each continuation starts with
 * one space, which counts toward its 75. Splits fall between characters, never inside one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `2020-06-10` → `20200610`. */
const basicDate = (date: string): string => date.replaceAll('-', '');

/** The day after `date`: an all-day event's DTEND is exclusive. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function eventLines(event: AllDayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${basicDate(event.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    // All-day markers should not block time in a reader's calendar.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
