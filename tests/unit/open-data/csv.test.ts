import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '@/lib/data/csv';

const TRICKY = [
  'plain',
  'a, b',
  'say "hello"',
  '"quoted at both ends"',
  'line one\nline two',
  'windows\r\nbreak',
  'lone\rreturn',
  ' leading space',
  'trailing space ',
  '',
  'semicolons; stay; as they are',
  'Commission nationale de l\'informatique et des libertés — “curly” ünïcödé 顔',
  ',',
  '"',
  '""',
];

describe('CSV writer (RFC 4180)', () => {
  it('round-trips tricky values through a real CSV parser', () => {
    const header = ['id', 'value', 'also'];
    const rows = TRICKY.map((value, i) => [String(i), value, `${value}|${i}`]);
    const parsed: string[][] = parse(toCsv(header, rows), { relax_column_count: false });
    expect(parsed).toEqual([header, ...rows]);
  });

  it('quotes only the fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('refuses a row whose length differs from the header, naming the row', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow('CSV row 2 has 1 fields; the header has 2');
  });
});
