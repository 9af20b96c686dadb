/** The search index files, written as static JSON at build time and fetched on first search. */
import { notFound } from 'next/navigation';
import { searchFileBody, searchFileNames } from '@/lib/search/build-index';
import { getSearchFiles } from '@/lib/site-search';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return searchFileNames(getSearchFiles()).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = searchFileBody(getSearchFiles(), (await params).file);
  if (body === undefined) notFound();
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
