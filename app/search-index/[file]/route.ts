/** The search index files, built by the content step (lib/site-search.ts) and fetched on first search. */
import { notFound } from 'next/navigation';
import { getSearchFileNames, readSearchFile } from '@/lib/site-search';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/search-index/[file]', [...getSearchFileNames()].map((file) => ({ file })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = readSearchFile((await params).file);
  if (body === undefined) notFound();
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
