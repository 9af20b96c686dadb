import { fileResponse } from '@/lib/files/responses';
import { entitiesFile, toJson } from '@/lib/data/records';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(toJson(entitiesFile(getCollection())), 'json');
}
