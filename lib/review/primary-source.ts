/**
 * Whether a cited page is a primary record: published by one of the entry's own actors or places
 * (by the host of that entity's `website`), or by a government, legislature, court or regulator
 * (by an official domain). A heuristic for the review list, not a rule: a reputable report is a
 * fine source, but an entry that cites nothing else deserves a look for the original.
 */
import type { Source } from '../content/schema';

/** Domain endings that only governments and public bodies can hold. */
const OFFICIAL_ENDINGS = [
  '.gov', '.mil', '.gov.uk', '.parliament.uk', '.judiciary.uk', '.police.uk', '.europa.eu', '.gc.ca',
  '.gov.au', '.govt.nz', '.gov.in', '.gov.br', '.gob.ar', '.gouv.fr', '.bund.de', '.overheid.nl',
  '.gov.it', '.gov.ie', '.gv.at', '.int', '.senate.gov', '.house.gov', '.legislature.gov',
];

/** Sites that publish the official record of bills, codes or cases, though not the body's own. */
const RECORD_HOSTS = [
  'legiscan.com', 'open.pluralpolicy.com', 'courtlistener.com', 'bailii.org', 'legislation.gov.uk',
  // Municipal agenda, minutes and code publishers that cities use for their own records.
  'legistar.com', 'iqm2.com', 'granicus.com', 'municode.com', 'ecode360.com', 'amlegal.com',
];

/** Two-part endings under which the name comes third from the right: `bbc.co.uk`. */
const SECOND_LEVEL = /\.(co|com|org|net|gov|ac|gob|gouv)\.[a-z]{2}$/;

/** The name a host is registered under: `aws.amazon.com` → `amazon`, `bbc.co.uk` → `bbc`. */
export function registeredName(host: string): string {
  const labels = host.split('.');
  return labels.at(SECOND_LEVEL.test(host) ? -3 : -2) ?? host;
}

/** One site's name contains the other's (`aboutamazon` and `amazon`), with at least five letters. */
const sameOwner = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.includes(b) || b.includes(a)));

/** The host without a leading `www.`. */
export function hostOf(address: string): string | undefined {
  try {
    return new URL(address).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** True when `source` comes from an official domain, a record site or one of `ownHosts`. */
export function isPrimarySource(source: Pick<Source, 'url'>, ownHosts: ReadonlySet<string>): boolean {
  const host = hostOf(source.url);
  if (host === undefined) return false;
  if (OFFICIAL_ENDINGS.some((ending) => host.endsWith(ending) || host === ending.slice(1))) return true;
  if (RECORD_HOSTS.some((domain) => within(host, domain))) return true;
  return [...ownHosts].some((domain) => within(host, domain) || sameOwner(registeredName(host), registeredName(domain)));
}
