/** The one order entries are listed in: by date, then by slug so equal dates stay stable. */
export function compareEntries(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
}
