/**
 * Which addresses a body may link to. Browsers ignore tabs and newlines inside a URL and spaces or
 * control characters around it, so the scheme is read the way a browser would read it:
 * "java\tscript:" is still javascript:.
 */

/** Schemes that run code or smuggle a document into the page. */
export const DANGEROUS_SCHEMES = ['javascript', 'data', 'vbscript'] as const;

const ALLOWED_SCHEMES = new Set(['https', 'mailto']);

/** `//host/path` names another site while looking like a path on this one. */
const isProtocolRelative = (url: string) => /^[\u0000-\u0020]*[\\/][\t\n\r]*[\\/]/.test(url);

/** The scheme a browser would see, lowercased, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The address as shown in a message: trimmed to a readable length. */
export function shownUrl(url: string): string {
  const oneLine = url.replace(/[\u0000-\u001f]/g, ' ');
  return oneLine.length > 48 ? `${oneLine.slice(0, 47)}…` : oneLine;
}

/**
 * Why `url` may not be used in a body, or undefined when it may. Paths and `#anchors` on this
 * site, and https and mailto addresses, are allowed; `//host` addresses leave the site while
 * looking like paths, and plain http is refused in favour of https.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined) {
    return isProtocolRelative(url) ? 'starts with //, which leaves this site; write the full https:// address' : undefined;
  }
  if (ALLOWED_SCHEMES.has(scheme)) return undefined;
  if ((DANGEROUS_SCHEMES as readonly string[]).includes(scheme)) {
    return `uses ${scheme}:, which can run code in a reader's browser; link to an https:// page instead`;
  }
  if (scheme === 'http') return 'uses http:, which is not encrypted; link to the https:// address of the page';
  return `uses ${scheme}:; links may only be https:// or mailto: addresses, or paths on this site`;
}

/**
 * Why an image address may not be used, or undefined when it may. Images load as the page opens,
 * so one from another host tells that host about every reader (a tracking pixel): only paths on
 * this site are allowed.
 */
export function imageProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme !== undefined && (DANGEROUS_SCHEMES as readonly string[]).includes(scheme)) return urlProblem(url);
  if (scheme !== undefined || isProtocolRelative(url)) {
    return 'loads from another site, which would learn about every reader; images may only come from this site (a path like /images/…)';
  }
  return undefined;
}
