/** The status page's data file (lib/status/status-file.ts), fetched when a reader picks another day. */
import { notFound } from 'next/navigation';
import { policyMapData } from '@/lib/map/map-data';
import { STATUS_FILE, statusFile } from '@/lib/status/status-file';
import { getCollection } from '@/lib/site-data';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/status-data/[file]', [{ file: STATUS_FILE }], fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== STATUS_FILE) notFound();
  const collection = getCollection();
  return new Response(JSON.stringify(statusFile(collection, policyMapData(collection))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
