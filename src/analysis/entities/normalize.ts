/**
 * Typographic variants the training text (CoNLL-2003, ASCII) never shows: curly quotes and long dashes
 * would otherwise be unknown tokens the tagger happily glues to names.
 */
const TYPOGRAPHIC = /[\u2013\u2014\u2018-\u201e\u00ab\u00bb]/;

export function normalizeToken(t: string): string {
  if (!TYPOGRAPHIC.test(t)) return t;
  return t
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2013\u2014]/g, '-');
}
