import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../analysis/extract/readable-article';
import type { ArticleMeta } from '../analysis/types';

/**
 * A saved page's article, as the extension would read it from the live page. Only HTML inputs load this
 * module, and with it jsdom: analysing text never pays for a DOM.
 */
export function readSavedPage(html: string, url: string): { text: string; meta: ArticleMeta } | null {
  const web = url.startsWith('http');
  // Page scripts never run and sub-resources are never fetched; page CSS errors stay quiet.
  const dom = new JSDOM(html, { url: web ? url : 'https://localhost/', virtualConsole: new VirtualConsole() });
  const article = extractArticle(dom.window.document, web ? url : 'https://localhost/');
  dom.window.close();
  if (!article) return null;
  return {
    text: article.map.text,
    meta: { title: article.title, url: web ? article.url : url, published: article.published, site: article.site },
  };
}
