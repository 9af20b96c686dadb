import { atomFeed, entityFeedSpec } from '@/lib/feeds/atom';
import { fileResponse } from '@/lib/files/responses';
import { getCollection } from '@/lib/site-data';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/entities/[slug]/feed.xml', getCollection().entities.map((entity) => ({ slug: entity.slug })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const collection = getCollection();
  const entity = collection.getEntity((await params).slug);
  if (!entity) return new Response('Not found', { status: 404 });
  return fileResponse(atomFeed(entityFeedSpec(collection, entity), collection), 'atom');
}
