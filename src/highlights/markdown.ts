/**
 * Escaping for text that must come out of a Markdown renderer (CommonMark, GFM, Obsidian) exactly
 * as written: quotes and notes are the reader's text, never markup.
 */

// Inline syntax: emphasis, code, links, raw HTML, tables, strikethrough, math, headings, escapes.
const INLINE = /[\\`*_[\]<>|~$#]/g;
// "&amp;" would render as "&".
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// Block syntax that only matters at the start of a line: lists, setext underlines, ordered lists.
const LIST_OR_UNDERLINE = /^([+\-=])/;
const ORDERED = /^(\d{1,9})([.)])/;

function escapeLine(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(LIST_OR_UNDERLINE, '\\$1')
    .replace(ORDERED, '$1\\$2');
}

/**
 * Splits text into escaped paragraphs. Blank lines separate paragraphs; any other whitespace run is a
 * space, as in the rendered page (this also keeps indentation from turning into code blocks).
 */
export function markdownParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(escapeLine);
}

/** One line of escaped text, for headings and link labels. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/** A link destination in angle brackets, which allows spaces and parentheses inside. */
export function markdownDestination(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}
