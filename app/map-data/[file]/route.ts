/** The maps' shapes as SVG files (lib/map/map-data.ts), one per detail, drawn on pages by `<use>`. */
import { notFound } from 'next/navigation';
import { DETAILS, policyMapData } from '@/lib/map/map-data';
import { mapSprite } from '@/lib/map/map-layout';
import { getCollection } from '@/lib/site-data';
import { fileOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return plannedOnly('/map-data/[file]', DETAILS.map((detail) => ({ file: `${detail}.svg` })), fileOutput(GET));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const detail = DETAILS.find((each) => `${each}.svg` === file);
  if (detail === undefined) notFound();
  return new Response(mapSprite(policyMapData(getCollection(), detail)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
