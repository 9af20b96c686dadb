import { deadlinesIcs } from '@/lib/calendar/deadlines';
import { fileResponse } from '@/lib/files/responses';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(deadlinesIcs(getCollection()), 'ics');
}
