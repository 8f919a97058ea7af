import { readArticle, type ReadArticle } from '../analysis/extract/read-article';

/**
 * Parses a page's HTML and runs Readability on it, away from the reader's page: the content script only
 * serialises its document, so Readability's long synchronous work never blocks the page's main thread.
 * Needs a DOMParser: Firefox's background page and Chrome's offscreen document have one.
 */
export function readPageHtml(parser: DOMParser, html: string, url: string): ReadArticle | null {
  return readArticle(parser.parseFromString(html, 'text/html'), url);
}
