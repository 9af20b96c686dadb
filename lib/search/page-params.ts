/** The search page's address: `/search/?q=amazon&kind=legislation&actor=amazon&year=2020&sort=date`. */
import { SLUG } from '../content/slugify';

export interface SearchPageParams {
  q: string;
  kind: string[];
  actor: string[];
  year: string[];
  sort: 'relevance' | 'date';
}


export function parsePageParams(search: string | URLSearchParams): SearchPageParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const list = (key: string, ok: (value: string) => boolean) => params.getAll(key).filter(ok);
  return {
    q: params.get('q') ?? '',
    kind: list('kind', (value) => SLUG.test(value)),
    actor: list('actor', (value) => SLUG.test(value)),
    year: list('year', (value) => /^\d{4}$/.test(value)),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

export function serializePageParams(params: SearchPageParams): string {
  const out = new URLSearchParams();
  if (params.q) out.set('q', params.q);
  for (const key of ['kind', 'actor', 'year'] as const) for (const value of params[key]) out.append(key, value);
  if (params.sort === 'date') out.set('sort', 'date');
  return out.toString();
}
