import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/data/csv';

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
  'a formula only later: x=1',
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
    const row = (value: string) => toCsv(['x'], [[value]]).split('\r\n')[1];
    expect(row('plain')).toBe('plain');
    expect(row('a,b')).toBe('"a,b"');
    expect(row('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['x'], [['a\nb']])).toBe('x\r\n"a\nb"\r\n');
    expect(row('')).toBe('');
  });

  it('writes cells that a spreadsheet would run as formulas with a leading apostrophe (CSV injection)', () => {
    const formulas = ['=HYPERLINK("https://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];
    const parsed: string[][] = parse(toCsv(['value'], formulas.map((value) => [value])));
    expect(parsed.slice(1).map(([cell]) => cell)).toEqual(formulas.map((value) => `'${value}`));
    // Text with those characters later on is left alone.
    expect(parse(toCsv(['value'], [['a=b, c+d - e@f']]))[1]).toEqual(['a=b, c+d - e@f']);
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('refuses a row whose length differs from the header, naming the row', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow('CSV row 2 has 1 fields; the header has 2');
  });
});
