import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, nextDay, writeCalendar } from '@/lib/calendar/ics-writer';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'Commission nationale de l\u2019informatique et des libertés 顔認識 '.repeat(6)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('leaves a line of exactly 75 octets whole', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it('ends all-day events on the next day, across months, years and leap days', () => {
    expect(nextDay('2020-06-10')).toBe('2020-06-11');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
    expect(nextDay('2021-02-28')).toBe('2021-03-01');
    expect(nextDay('2020-12-31')).toBe('2021-01-01');
  });

  it('writes a calendar that a real parser reads back, tricky text included', () => {
    const summary = 'Ban, moratorium; and \\ "quotes" — é 顔 '.repeat(4).trim();
    const description = 'First line,\nsecond; line\n\nhttps://example.org/tracker/entries/a/';
    const text = writeCalendar({
      prodId: '-//Test//Test//EN',
      name: 'Test, calendar',
      events: [
        { uid: 'a.effective@example.org', date: '2020-06-10', summary, description, url: 'https://example.org/tracker/entries/a/', categories: ['Legal, cases'], stamp: '2026-11-26' },
        { uid: 'b.expires@example.org', date: '2021-02-28', summary: 'Second', stamp: '2026-11-26' },
      ],
    });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // An X- property is TEXT by default (RFC 5545 §3.8.8.2), so it is escaped; ical.js leaves
    // properties it does not know as written.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test\\, calendar');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['a.effective@example.org', 'b.expires@example.org']);
    const [first, second] = events;
    expect(first?.summary).toBe(summary);
    expect(first?.description).toBe(description);
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe('2020-06-10');
    expect(first?.endDate.toString()).toBe('2020-06-11');
    expect(first?.component.getFirstPropertyValue('url')).toBe('https://example.org/tracker/entries/a/');
    expect(first?.component.getFirstPropertyValue('categories')).toBe('Legal, cases');
    expect(second?.endDate.toString()).toBe('2021-03-01');
    expect(second?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T00:00:00Z');
  });
});
