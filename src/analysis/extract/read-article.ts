import { Readability } from '@mozilla/readability';
import { pageKey } from '../../highlights/canonicalUrl';
import { normalizeDate, readMetadata } from './metadata';
import { blockKeys } from './text-map';

/** One text node Readability kept, with the paragraph it belongs to (for breaks in the text). */
export interface ArticlePiece {
  data: string;
  block: number;
  br: number;
}

/** What Readability finds in a page, as plain data: it can cross from an offscreen document to the page. */
export interface ReadArticle {
  title: string;
  byline: string | null;
  site: string | null;
  url: string;
  published: string | null;
  lang: string | null;
  pieces: ArticlePiece[];
}

const SHOW_TEXT = 4;

/**
 * Runs Readability on a document that may be changed (a copy or a freshly parsed page) and returns the
 * article's text nodes in order. The caller ties them back to the live page (map-article.ts).
 */
export function readArticle(copy: Document, pageUrl: string): ReadArticle | null {
  const metadata = readMetadata(copy, pageUrl);
  // Readability removes the <h1> from its copy: read the headlines first.
  const h1s = Array.from(copy.querySelectorAll('h1'))
    .slice(0, 3)
    .map((h) => (h.textContent ?? '').trim().replace(/\s+/g, ' '));
  const parsed = new Readability(copy, { serializer: (el: Node) => el }).parse();
  if (!parsed || !parsed.content) return null;
  const pieces: ArticlePiece[] = [];
  const keys = blockKeys();
  const walker = copy.createTreeWalker(parsed.content as Node, SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!/[^\s\u00a0]/.test(n.data)) continue;
    pieces.push({ data: n.data, ...keys(n) });
  }
  if (!pieces.length) return null;
  return {
    title: pickTitle(h1s, metadata.title ?? (parsed.title || copy.title || '')),
    byline: parsed.byline?.trim() || metadata.byline,
    site: parsed.siteName?.trim() || metadata.site,
    url: pageKey(pageUrl, metadata.canonicalUrl) ?? stripHash(pageUrl),
    published: metadata.published ?? normalizeDate(parsed.publishedTime),
    lang: parsed.lang?.trim().toLowerCase() || metadata.lang,
    pieces,
  };
}

/**
 * The headline: og:title when the page has one, else the <title>, cut at the site name when the page's own
 * <h1> shows where ("Headline | Site": Readability keeps the suffix on short headlines).
 */
function pickTitle(h1s: string[], title: string): string {
  const t = title.trim().replace(/\s+/g, ' ');
  for (const h of h1s) {
    if (h.length >= 8 && t.length > h.length && t.startsWith(h) && /^\s*[|\-–—:»·]/.test(t.slice(h.length))) return h;
  }
  return t;
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
