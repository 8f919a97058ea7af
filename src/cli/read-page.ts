import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../analysis/extract/readable-article';
import type { ArticleMeta } from '../analysis/types';

/**
 * A saved page's article text and metadata, the way `npm run analyze -- page.html` reads it (the gold set's
 * texts come from here too, so they are exactly what the CLI analyses). `url` is the page's address or the
 * file's `file:` URL; null when Readability finds no article.
 */
export function readPage(html: string, url: string): { text: string; meta: ArticleMeta } | null {
  const base = url.startsWith('http') ? url : 'https://localhost/';
  // Page scripts never run and sub-resources are never fetched; page CSS errors stay quiet.
  const dom = new JSDOM(html, { url: base, virtualConsole: new VirtualConsole() });
  const article = extractArticle(dom.window.document, base);
  if (!article) return null;
  return {
    text: article.map.text,
    meta: {
      title: article.title,
      url: url.startsWith('http') ? article.url : url,
      published: article.published,
      site: article.site,
      lang: article.lang,
    },
  };
}
