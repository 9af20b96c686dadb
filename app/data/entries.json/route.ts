import { fileResponse } from '@/lib/files/responses';
import { entriesFile, toJson } from '@/lib/data/records';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(toJson(entriesFile(getCollection())), 'json');
}
