/**
 * Which addresses a body may link to. Browsers ignore tabs and newlines inside a URL and spaces or
 * control characters around it, so the scheme is read the way a browser would read it:
 * "java\tscript:" is still javascript:.
 */

/** Schemes that run code or smuggle a document into the page. */
export const DANGEROUS_SCHEMES = ['javascript', 'data', 'vbscript'] as const;

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto']);

/** The scheme a browser would see, lowercased, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The address as shown in a message: trimmed to a readable length. */
export function shownUrl(url: string): string {
  const oneLine = url.replace(/[\u0000-\u001f]/g, ' ');
  return oneLine.length > 48 ? `${oneLine.slice(0, 47)}…` : oneLine;
}

/**
 * Why `url` may not be used in a body, or undefined when it may. Relative paths and `#anchors`
 * (pages of this site) and https, http and mailto addresses are allowed.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || ALLOWED_SCHEMES.has(scheme)) return undefined;
  if ((DANGEROUS_SCHEMES as readonly string[]).includes(scheme)) {
    return `uses ${scheme}:, which can run code in a reader's browser; link to an https:// page instead`;
  }
  return `uses ${scheme}:; links may only be https://, http:// or mailto: addresses, or paths on this site`;
}
