/**
 * A CSV writer following RFC 4180: records end with CRLF, and a field holding a comma, a double
 * quote, a line break or leading/trailing space is wrapped in double quotes, with each double
 * quote inside doubled. The text stays UTF-8 with no byte-order mark.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header row, then one row per record; every row must be as long as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  });
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** How list fields are joined into one cell. */
export const LIST_SEPARATOR = '; ';
