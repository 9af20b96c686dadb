/**
 * Addresses that are plainly not the page they claim to be: an example or placeholder host or
 * handle, a tracking parameter, or a site's backend host in place of its public one. The lists
 * are short on purpose: each item is a mistake the record has actually carried.
 */

/** Hosts reserved for examples and tests (RFC 2606 and RFC 6761). */
const EXAMPLE_HOSTS = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/;

/** Path segments or handles that stand for "fill in later": 123456, 000000, xxx, placeholder. */
const PLACEHOLDER_SEGMENT = /^(0{4,}|1{4,}|9{4,}|1234\d*|x{3,}|placeholder|todo|tbd)$/i;

/** Query parameters that only say where a reader came from. */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|source|fbclid|gclid|mc_cid|mc_eid|ito|ns_mchannel|ns_campaign|cmpid|ref_src)$/i;

/** Backend hosts that serve a site's data, not its pages, and the public host to cite instead. */
const BACKEND_HOSTS: readonly { host: RegExp; advice: (host: string) => string }[] = [
  { host: /^wp\.api\.(.+)$/, advice: (host) => `www.${host.replace(/^wp\.api\./, '')}` },
  { host: /^api\.(.+)$/, advice: (host) => host.replace(/^api\./, 'www.') },
  { host: /\.wpengine(powered)?\.com$/, advice: () => "the site's own address" },
];

/** What is wrong with `address` as a source, or undefined when nothing plainly is. */
export function sourceAddressProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined; // the schema already says it is not an https URL
  }
  const host = url.hostname.toLowerCase();
  if (EXAMPLE_HOSTS.test(host)) return `${host} is an example host, not a real page; cite the page you read`;
  const placeholder = url.pathname.split('/').find((segment) => PLACEHOLDER_SEGMENT.test(decodeURIComponentSafe(segment)));
  if (placeholder) return `"${placeholder}" in the path looks like a placeholder, not a real page; cite the page you read`;
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key));
  if (tracking.length > 0) {
    return `carries the tracking parameter${tracking.length === 1 ? '' : 's'} ${tracking.map((key) => `"${key}"`).join(', ')}; remove ${tracking.length === 1 ? 'it' : 'them'}`;
  }
  const backend = BACKEND_HOSTS.find(({ host: pattern }) => pattern.test(host));
  if (backend) return `${host} is a backend host, not the public site; cite the page at ${backend.advice(host)}`;
  return undefined;
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
