/**
 * The CSV writer, built on `csv-stringify` (the csv project's maintained writer): RFC 4180 quoting,
 * CRLF after every record, UTF-8 with no byte-order mark. A field with leading or trailing space is
 * quoted too, so spreadsheets keep the space.
 *
 * Cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return would run as formulas when
 * the file is opened in a spreadsheet (CSV injection). As OWASP's guidance advises, such a cell is
 * written with a leading apostrophe, which spreadsheets read as "this is text"; the apostrophe is
 * part of the cell, and /data/ says so.
 */
import { stringify } from 'csv-stringify/sync';

/** The header row, then one row per record; every row must be as long as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  });
  return stringify([header as string[], ...(rows as string[][])], {
    record_delimiter: 'windows',
    escape_formulas: true,
    // RFC 4180 quotes a field with a line break; csv-stringify only does so for its own delimiter.
    quoted_match: [/[\r\n]/, /^\s/, /\s$/],
    eof: true,
  });
}

/** How list fields are joined into one cell. */
export const LIST_SEPARATOR = '; ';
