import { KINDS } from '@/lib/content/vocab';
import { atomFeed, kindFeedSpec } from '@/lib/feeds/atom';
import { fileResponse } from '@/lib/files/responses';
import { getCollection } from '@/lib/site-data';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/kinds/[kind]/feed.xml', KINDS.values.map((kind) => ({ kind })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const asked = (await params).kind;
  const kind = KINDS.values.find((value) => value === asked);
  if (!kind) return new Response('Not found', { status: 404 });
  const collection = getCollection();
  return fileResponse(atomFeed(kindFeedSpec(collection, kind), collection), 'atom');
}
