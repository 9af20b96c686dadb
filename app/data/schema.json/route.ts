import { dataJsonSchema } from '@/lib/data/data-schema';
import { DATA_PATHS, toJson } from '@/lib/data/records';
import { fileResponse } from '@/lib/files/responses';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(toJson(dataJsonSchema(absoluteUrl(DATA_PATHS.schema))), 'json');
}
