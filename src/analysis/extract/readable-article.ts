import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { pageKey } from '../../highlights/canonicalUrl';
import { readMetadata, normalizeDate } from './metadata';
import { isInSkippedArea } from './skip-rules';
import { buildTextMap, type TextMap } from './text-map';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  site: string | null;
  url: string;
  published: string | null;
  lang: string | null;
  /** The article text with each character tied to a text node of the live document. */
  map: TextMap;
}

export { isProbablyReaderable };

const SHOW_TEXT = 4;

/**
 * Runs Readability on a copy of the document and ties its article text back to the live text nodes.
 * Readability may rebuild its copy from HTML when it retries, so nodes are matched by content, in order:
 * each kept text node is paired with the next live text node that has the same data.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle | null {
  const liveByData = new Map<string, Text[]>();
  const order = new Map<Text, number>();
  const live = doc.createTreeWalker(doc.body ?? doc, SHOW_TEXT);
  for (let n = live.nextNode() as Text | null; n; n = live.nextNode() as Text | null) {
    if (!/[^\s\u00a0]/.test(n.data)) continue;
    order.set(n, order.size);
    const list = liveByData.get(n.data);
    if (list) list.push(n);
    else liveByData.set(n.data, [n]);
  }
  const copy = doc.cloneNode(true) as Document;

  const metadata = readMetadata(doc, pageUrl);
  const parsed = new Readability(copy, { serializer: (el: Node) => el }).parse();
  if (!parsed || !parsed.content) return null;
  const root = parsed.content as Node;

  const entries: { node: Text; structure: Node }[] = [];
  const used = new Set<Text>();
  let last = -1;
  const walker = copy.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const candidates = liveByData.get(n.data);
    if (!candidates) continue;
    const original = candidates.find((c) => order.get(c)! > last && !used.has(c)) ?? candidates.find((c) => !used.has(c));
    if (!original) continue;
    used.add(original);
    last = order.get(original)!;
    if (!original || !original.parentElement || isInSkippedArea(original.parentElement)) continue;
    entries.push({ node: original, structure: n });
  }
  const map = buildTextMap(entries);
  if (!map.text.trim()) return null;

  return {
    title: pickTitle(doc, parsed.title || metadata.title || doc.title || ''),
    byline: parsed.byline?.trim() || metadata.byline,
    site: parsed.siteName?.trim() || metadata.site,
    url: pageKey(pageUrl, metadata.canonicalUrl) ?? stripHash(pageUrl),
    published: metadata.published ?? normalizeDate(parsed.publishedTime),
    lang: parsed.lang?.trim().toLowerCase() || metadata.lang,
    map,
  };
}

/** Readability keeps "Headline | Site" for short headlines; the page's own <h1> is the headline then. */
function pickTitle(doc: Document, title: string): string {
  const t = title.trim().replace(/\s+/g, ' ');
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) {
    const h = (h1.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (h.length >= 8 && t.length > h.length && t.startsWith(h) && /^\s*[|\-–—:»·]/.test(t.slice(h.length))) return h;
  }
  return t;
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
