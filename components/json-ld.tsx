import { serializeJsonLd } from '@/lib/discovery/json-ld';

/** Structured data for search engines; the JSON is escaped in lib/ so no text can end the tag. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
