import { sameSite } from './site.ts';

/**
 * Query parameters that identify a campaign or a click, never the article. Compared lowercased.
 * Kept to well-known trackers: dropping a parameter a site needs would merge different pages.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'igsh',
  'li_fat_id',
  'epik',
  'rdt_cid',
  'srsltid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'wt_mc',
  'wt.mc_id',
  'cmpid',
  'cmp',
  'ncid',
  'ocid',
  'sr_share',
  'smid',
  'smtyp',
  'ref_src',
  'ref_url',
  'xtor',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'spm',
  'ito',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function paramName(piece: string): string {
  const raw = piece.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The key saved highlights are filed under: the same article reached through a share link, a
 * newsletter or with `#section` should find the same highlights. Returns null for anything but
 * http(s) URLs.
 */
export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.username = '';
  url.password = '';
  // URL already lowercases the host and drops default ports; a trailing dot is the same host.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);

  // Hash-bang and "#/" fragments are single-page-app routes, i.e. part of the page's identity.
  if (!url.hash.startsWith('#!') && !url.hash.startsWith('#/')) url.hash = '';

  let end = url.pathname.length;
  while (end > 1 && url.pathname[end - 1] === '/') end--;
  if (end < url.pathname.length) url.pathname = url.pathname.slice(0, end);

  // Raw pieces keep the site's own encoding ("?id" must not become "?id="). Stable sort: the order
  // of distinct parameters carries no meaning, repeated ones keep theirs.
  const kept = url.search
    .slice(1)
    .split('&')
    .map((piece) => ({ piece, name: paramName(piece) }))
    .filter(({ piece, name }) => piece !== '' && !isTrackingParam(name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  url.search = kept.length === 0 ? '' : `?${kept.map(({ piece }) => piece).join('&')}`;

  return url.toString().replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/**
 * The key for the page being read: its `<link rel=canonical>`, else its og:url, else its own
 * address, each resolved against the page's address and normalized. A canonical that points at the
 * site's home page from an article (a common CMS misconfiguration) is ignored, or every article of
 * the site would share one set of highlights. So is one on another site: the page is untrusted, and
 * claiming another site's address would hand it that site's saved highlights and overwrite its record.
 */
export function pageKey(location: string, canonical?: string | null, ogUrl?: string | null): string | null {
  const own = normalizeUrl(location);
  const ownPath = own === null ? '/' : new URL(own).pathname;
  for (const declared of [canonical, ogUrl]) {
    if (!declared) continue;
    let resolved: string;
    try {
      resolved = new URL(declared.trim(), location).href;
    } catch {
      continue;
    }
    const key = normalizeUrl(resolved);
    if (key === null || !sameSite(key, location)) continue;
    const { pathname, search, hash } = new URL(key);
    const isHome = pathname === '/' && search === '' && hash === '';
    if (isHome && ownPath !== '/') continue;
    return key;
  }
  return own;
}
