import { entriesCsv } from '@/lib/data/entries-csv';
import { fileResponse } from '@/lib/files/responses';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(entriesCsv(getCollection()), 'csv');
}
