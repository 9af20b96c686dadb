/**
 * The responses of the routes that build files (feeds, data, calendar). With `output: 'export'`
 * the body is written to out/ as it is; the type matters for `next dev` and documents intent.
 */
export const FILE_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

export function fileResponse(body: string, type: keyof typeof FILE_TYPES): Response {
  return new Response(body, { headers: { 'Content-Type': FILE_TYPES[type] } });
}
