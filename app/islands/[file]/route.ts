/** The islands' browser code (lib/islands/build-islands.ts), copied into the export as static files. */
import { notFound } from 'next/navigation';
import { islandFile, islandFileNames } from '@/lib/islands/island-files';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/islands/[file]', islandFileNames().map((file) => ({ file })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = islandFile((await params).file);
  if (body === undefined) notFound();
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
