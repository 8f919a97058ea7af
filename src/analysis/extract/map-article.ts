import type { ArticlePiece, ReadArticle } from './read-article';
import { skipChecker } from './skip-rules';
import { buildTextMap, type TextMap } from './text-map';

const SHOW_TEXT = 4;

/**
 * Ties the article's pieces back to the live page's text nodes. Readability works on a copy (and may rebuild
 * it from HTML when it retries), so nodes are matched by content, in order: each piece takes the next live
 * text node with the same data. Text in skipped areas (forms, code, navigation…) is dropped here.
 */
export function mapArticle(doc: Document, pieces: readonly ArticlePiece[]): TextMap | null {
  const liveByData = new Map<string, { nodes: Text[]; order: number[] }>();
  let count = 0;
  const live = doc.createTreeWalker(doc.body ?? doc, SHOW_TEXT);
  for (let n = live.nextNode() as Text | null; n; n = live.nextNode() as Text | null) {
    if (!/[^\s\u00a0]/.test(n.data)) continue;
    const entry = liveByData.get(n.data) ?? { nodes: [], order: [] };
    entry.nodes.push(n);
    entry.order.push(count++);
    liveByData.set(n.data, entry);
  }
  const skipped = skipChecker();
  const cursor = new Map<string, number>();
  const entries: { node: Text; block: number; br: number }[] = [];
  let last = -1;
  for (const piece of pieces) {
    const candidates = liveByData.get(piece.data);
    if (!candidates) continue;
    // The first unused candidate after the previous match; else the first unused one at all.
    let i = cursor.get(piece.data) ?? 0;
    while (i < candidates.order.length && candidates.order[i]! <= last) i++;
    if (i >= candidates.order.length) i = cursor.get(piece.data) ?? 0;
    if (i >= candidates.nodes.length) continue;
    cursor.set(piece.data, i + 1);
    const node = candidates.nodes[i]!;
    last = candidates.order[i]!;
    if (!node.parentElement || skipped(node.parentElement)) continue;
    entries.push({ node, block: piece.block, br: piece.br });
  }
  const map = buildTextMap(entries);
  return map.text.trim() ? map : null;
}

export interface ExtractedArticle extends Omit<ReadArticle, 'pieces'> {
  /** The article text with each character tied to a text node of the live document. */
  map: TextMap;
}

/** Joins what Readability read (here or in the extension) with the live page. */
export function toExtracted(doc: Document, read: ReadArticle): ExtractedArticle | null {
  const map = mapArticle(doc, read.pieces);
  if (!map) return null;
  const { pieces: _pieces, ...meta } = read;
  return { ...meta, map };
}
