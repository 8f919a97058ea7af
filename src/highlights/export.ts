import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './format.ts';
import { markdownDestination, markdownInline, markdownParagraphs } from './markdown.ts';
import type { SavedHighlight } from './types.ts';

export interface MarkdownOptions {
  /** Export time in ms; defaults to now. */
  now?: number;
  /** Formats a ms timestamp; defaults to the UTC date (YYYY-MM-DD) so output is reproducible. */
  formatDate?: (ms: number) => string;
}

function isoDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Copies only the fields of the format, whatever else the stored objects carry. */
function plain(h: SavedHighlight): SavedHighlight {
  const copy: SavedHighlight = {
    id: h.id,
    url: h.url,
    title: h.title,
    site: h.site,
    quote: { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
    position: { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
    note: h.note,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
  if (h.color !== undefined) copy.color = h.color;
  return copy;
}

export function toExportDocument(highlights: readonly SavedHighlight[], now = Date.now()): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    highlights: highlights.map(plain),
  };
}

/** The JSON export file; `parseImport` reads it back. */
export function toJson(highlights: readonly SavedHighlight[], now = Date.now()): string {
  return `${JSON.stringify(toExportDocument(highlights, now), null, 2)}\n`;
}

interface Article {
  url: string;
  title: string;
  site: string;
  firstSaved: number;
  lastSaved: number;
  highlights: SavedHighlight[];
}

function byArticle(highlights: readonly SavedHighlight[]): Article[] {
  const groups = new Map<string, SavedHighlight[]>();
  for (const h of highlights) {
    const group = groups.get(h.url);
    if (group) group.push(h);
    else groups.set(h.url, [h]);
  }
  const articles = [...groups].map(([url, group]): Article => {
    // Titles of live pages change; the most recently saved one wins.
    const newest = group.reduce((a, b) => (b.title && (!a.title || b.updatedAt > a.updatedAt) ? b : a));
    return {
      url,
      title: newest.title,
      site: group.find((h) => h.site)?.site ?? '',
      firstSaved: group.reduce((min, h) => Math.min(min, h.createdAt), Infinity),
      lastSaved: group.reduce((max, h) => Math.max(max, h.createdAt), -Infinity),
      // Reading order within an article.
      highlights: [...group].sort((a, b) => a.position.start - b.position.start || a.createdAt - b.createdAt),
    };
  });
  // Most recently highlighted article first.
  return articles.sort((a, b) => b.lastSaved - a.lastSaved || b.firstSaved - a.firstSaved);
}

/**
 * Markdown for people: one section per article (title linked, site, date first saved), each
 * quote as a blockquote with its note below. All text is escaped, so it renders as written.
 */
export function toMarkdown(highlights: readonly SavedHighlight[], options: MarkdownOptions = {}): string {
  const formatDate = options.formatDate ?? isoDate;
  const articles = byArticle(highlights);
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines: string[] = [
    '# Backstory highlights',
    '',
    `Exported ${formatDate(options.now ?? Date.now())}: ` +
      `${count(highlights.length, 'highlight')} from ${count(articles.length, 'article')}.`,
  ];
  for (const article of articles) {
    const label = markdownInline(article.title) || markdownInline(article.url);
    const heading = isWebUrl(article.url) ? `[${label}](${markdownDestination(article.url)})` : label;
    const saved = `Saved ${formatDate(article.firstSaved)}`;
    const byline = article.site ? `${markdownInline(article.site)} · ${saved}` : saved;
    lines.push('', `## ${heading}`, '', byline);
    for (const h of article.highlights) {
      lines.push(
        '',
        markdownParagraphs(h.quote.exact)
          .map((p) => `> ${p}`)
          .join('\n>\n'),
      );
      const note = markdownParagraphs(h.note);
      if (note.length > 0) lines.push('', note.join('\n\n'));
    }
  }
  return `${lines.join('\n')}\n`;
}
