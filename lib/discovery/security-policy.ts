/**
 * The Content-Security-Policy and referrer policy every page carries in `<meta>` tags: a static
 * export has no server to send headers, and a host may not let us set any.
 *
 * - Everything loads from this site only (`default-src 'self'`): no third-party script, style,
 *   font, frame or connection, so a hostile body cannot pull in a tracker.
 * - Scripts: the site's own files, plus inline scripts, which Next.js writes into every static
 *   page to hand over its data (they differ per page, so no fixed hash can list them) and which
 *   the theme script uses to set light or dark before the first paint. Bodies cannot add
 *   scripts: the MDX guard refuses them before the build.
 * - Styles: the site's stylesheet, plus inline `style` attributes React sets (the overview chart).
 * - Images: the site's files and `data:` icons. JSON-LD is a data block, not a script that runs.
 * - `object-src 'none'`, `base-uri 'self'` and `form-action 'self'` close plugins, a hijacked
 *   base address and forms posting elsewhere.
 * The referrer policy sends no referrer, so sources a reader opens do not learn which entry led
 * there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'no-referrer';
