import { getDomain } from 'tldts';

/**
 * The site an http(s) address belongs to: its registrable domain ("nytimes.com" for www.nytimes.com,
 * "evil.github.io" for a GitHub page: the Public Suffix List's private suffixes count), or its host name
 * when it has none (an IP address, localhost). Null for anything else.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return getDomain(parsed.href, { allowPrivateDomains: true }) ?? parsed.hostname;
}

/** Whether two addresses belong to one site: a page may speak for its own site's pages, never another's. */
export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
