import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInput } from '../../src/cli/read-input';
import { readPage } from '../../src/cli/read-page';
import { SHARED, type Corpus } from './manifest';

/**
 * The text the product analyses for a gold article, read from ../shared at run time (never stored here):
 * a PolNeAR `.txt` verbatim, as `npm run analyze -- FILE.txt` reads it; a page through the CLI's HTML path,
 * as `npm run analyze -- page.html` extracts it.
 */
export function analysedText(article: { corpus: Corpus; path: string }): string {
  const file = join(SHARED, article.path);
  const raw = readInput(file);
  if (article.corpus !== 'pages') return raw;
  const page = readPage(raw, pathToFileURL(file).href);
  if (!page) throw new Error(`${article.path}: no article text found in this page`);
  return page.text;
}

/** SHA-256 of the text's UTF-8 bytes, as ../shared's gold files record it. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
