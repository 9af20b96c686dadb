/**
 * Names in a reader's alphabetical order, as `a.localeCompare(b)` sorts them, through one shared
 * collator: `localeCompare` sets up the locale's collation on every call, which the status page,
 * sorting groups and places for each day in the browser, paid for on every comparison.
 */
const collator = new Intl.Collator();

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
