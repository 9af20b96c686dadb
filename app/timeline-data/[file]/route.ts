/** The timeline's data files (lib/timeline/timeline-data.ts), static JSON fetched when a filter is set. */
import { notFound } from 'next/navigation';
import { factsFile, textFiles } from '@/lib/timeline/timeline-data';
import { getCollection } from '@/lib/site-data';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/timeline-data/[file]', ['facts.json', ...[...textFiles(getCollection()).keys()].map((year) => `${year}.json`)].map((file) => ({ file })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const collection = getCollection();
  const body = file === 'facts.json' ? factsFile(collection) : textFiles(collection).get(file.replace(/\.json$/, ''));
  if (body === undefined) notFound();
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
