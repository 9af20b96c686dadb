/** Turning a title or a name into the words of a file name. */

/** A slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug words part, so file names stay readable; cut at a word boundary. */
export const SLUG_WORDS_MAX = 60;

/** "Boston bans city use of face surveillance" → "boston-bans-city-use-of-face-surveillance". */
export function slugify(text: string, max = SLUG_WORDS_MAX): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Québec" → "quebec"
    .toLowerCase()
    .replace(/['’]/g, '') // "Amazon's" → "amazons"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** The date prefix an entry's slug must start with, as precise as the date is known. */
export function datePrefix(date: string, precision: string | undefined): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}
