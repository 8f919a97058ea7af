import { toExtracted, type ExtractedArticle } from './map-article';
import { readArticle } from './read-article';

export type { ExtractedArticle };

/** Reads the article of a live document (Readability on a copy) and maps it to the live text nodes. */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle | null {
  const read = readArticle(doc.cloneNode(true) as Document, pageUrl);
  return read ? toExtracted(doc, read) : null;
}
