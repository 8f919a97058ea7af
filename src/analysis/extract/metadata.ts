/** Page metadata that Readability does not give reliably: canonical URL, publication date, site name. */

export interface PageMetadata {
  canonicalUrl: string | null;
  published: string | null;
  site: string | null;
  title: string | null;
  byline: string | null;
  lang: string | null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** JSON-LD blocks may hold one object, an array, or an @graph: look through all for a datePublished. */
function jsonLdField(doc: Document, field: 'datePublished' | 'headline'): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const value = record[field];
        if (typeof value === 'string' && value.trim()) return value.trim();
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
      }
    }
  }
  return null;
}

/** Normalises a date string to ISO (date-time when the source has one); null when unparseable. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const isoDay = /^(\d{4}-\d{2}-\d{2})$/.exec(trimmed);
  if (isoDay) return isoDay[1]!;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(time).toISOString() : null;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const canonical =
    absoluteHttpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteHttpUrl(meta(doc, 'og:url'), pageUrl);
  const timeEl =
    doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]') ??
    doc.querySelector('time[datetime]');
  const published =
    normalizeDate(
      meta(
        doc,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'DC.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ),
    ) ??
    normalizeDate(jsonLdField(doc, 'datePublished')) ??
    normalizeDate(timeEl?.getAttribute('datetime'));
  let site = meta(doc, 'og:site_name', 'application-name');
  if (!site) {
    try {
      site = new URL(pageUrl).hostname.replace(/^www\./, '') || null;
    } catch {
      site = null;
    }
  }
  return {
    canonicalUrl: canonical,
    published,
    site,
    title: meta(doc, 'og:title', 'twitter:title') ?? jsonLdField(doc, 'headline'),
    byline: meta(doc, 'author', 'article:author', 'byl'),
    lang: doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || null,
  };
}
