import { atomFeed, siteFeedSpec } from '@/lib/feeds/atom';
import { fileResponse } from '@/lib/files/responses';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export function GET() {
  const collection = getCollection();
  return fileResponse(atomFeed(siteFeedSpec(collection), collection), 'atom');
}
