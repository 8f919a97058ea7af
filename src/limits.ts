/**
 * Every size limit on data Backstory did not produce itself (pages, messages, imports, look-ups), in one
 * place: message validators, the page side and the domain modules import these, so a value the page
 * sends is never refused by a validator with another idea of "too long".
 */
export const LIMITS = {
  /** A page address, canonical or not. */
  url: 8192,
  /** A site's host name with its port. */
  host: 260,
  /** An article's title; also a highlight's. */
  title: 2000,
  /** A site name ("The Harbour Times"); also a highlight's. */
  site: 500,
  byline: 1000,
  /** A page's declared language (BCP 47, "en-GB"). */
  lang: 35,
  /** An ISO date or date-time. */
  date: 64,
  /** A page's serialised HTML, sent to Readability; bigger pages are left alone. */
  pageHtml: 20_000_000,
  /** An article's text, sent for analysis. */
  articleText: 2_000_000,
  /** An entity key ("person:hussein/fuad"). */
  entityKey: 300,

  /** A saved highlight. */
  highlightId: 128,
  /** The highlighted text itself: a long passage, not a whole long read. */
  quote: 20_000,
  /** A quote's prefix or suffix: we write 32 characters, other tools write more. */
  quoteContext: 1000,
  note: 5000,
  color: 32,
  /** Offsets into an article's text; no article is a gigabyte of text. */
  offset: 1_000_000_000,
  /** Largest value a JavaScript Date can hold. */
  timestamp: 8_640_000_000_000_000,

  /** An exported highlights file: far more than years of highlights, small enough not to freeze anything. */
  importChars: 20 * 1024 * 1024,
  importHighlights: 100_000,

  /** A Wikipedia/Wikidata look-up: the name, other names it goes by, its roles, and other names in the article. */
  lookupText: 200,
  lookupAliases: 10,
  lookupRoles: 10,
  lookupContext: 20,
  /** A Wikidata id ("Q42"). */
  qid: 20,

  /** Sites the reader turned Backstory off on. */
  disabledSites: 5000,
} as const;

/** `text` cut to at most `max` characters (never through a surrogate pair): page metadata is shortened, not refused. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
