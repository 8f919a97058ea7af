import { isOutletName } from './outlets';
import { QUOTE_CLOSERS, QUOTE_OPENERS } from './lexicon';

/**
 * Quotation regions whose speaker answers for the words (doc, "not vague" 6): cues inside them are not
 * flagged. A quotation credited to an outlet's own narrative ("Reuters writes that “…”") is not a
 * speaker's quote, so cues inside it still count.
 */
export interface QuoteRegion {
  start: number;
  end: number;
}

const CONTEXT = 120;
const MAX_SINGLE_QUOTE = 300;

// A straight quote after a word and before a space closes a quotation: with none open, its opening mark was
// lost ("a cursory review of [his] systems\" including"), and taking it for an opener would turn the rest of
// the paragraph inside out.
function closesOnly(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,!?\]]/u.test(text[i - 1] ?? ' ') && /\s/.test(text[i + 1] ?? ' ');
}

/** Finds quotation regions. An unclosed quotation runs to the end of its paragraph, as news style does. */
function findRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  let straightOpen = -1;
  let singleOpen = -1;
  // Jump from mark to mark: the scan runs on every page the reader opens.
  const marks = /[\n\u201c\u201d\u00ab\u00bb\u201e"'\u2018\u2019]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    let i = m.index;
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) regions.push({ start: open, end: i });
      if (straightOpen >= 0) regions.push({ start: straightOpen, end: i });
      open = straightOpen = singleOpen = -1;
    } else if (c === '\u2018') {
      if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) singleOpen = i;
    } else if (c === '\u2019') {
      // Single quotes double as apostrophes ("don’t", "voters’"): a quote closes before a non-letter, soon
      // after it opened, or it was not a quote.
      if (singleOpen >= 0 && !/\p{L}/u.test(text[i + 1] ?? ' ')) {
        if (i - singleOpen <= MAX_SINGLE_QUOTE) regions.push({ start: singleOpen, end: i + 1 });
        singleOpen = -1;
      }
    } else if (QUOTE_OPENERS.has(c)) {
      if (open >= 0) regions.push({ start: open, end: i });
      open = i;
    } else if (QUOTE_CLOSERS.has(c)) {
      if (open >= 0) regions.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      // Two apostrophes are a double quote in some archives' plain text.
      if (c === "'") marks.lastIndex = ++i + 1;
      if (straightOpen >= 0) {
        regions.push({ start: straightOpen, end: i + 1 });
        straightOpen = -1;
      } else if (!closesOnly(text, i)) straightOpen = i;
    }
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  if (straightOpen >= 0) regions.push({ start: straightOpen, end: text.length });
  return regions.sort((a, b) => a.start - b.start);
}

const OUTLET_SPEAKER_VERB = /\b(?:writes|wrote|reports|reported|says|said|adds|added|notes|noted|according to)\b/;
const OUTLET_ANAPHOR = /\b(?:the|this) (?:agency|newspaper|paper|outlet|network|broadcaster|daily|magazine)\b/i;
const NAME_RUN = /(?:[A-Z][\w.\u2019'-]*)(?:\s+(?:of\s+)?[A-Z][\w.\u2019'-]*)*/g;

/** Whether the words around a quotation credit it to an outlet rather than to a person. */
function creditedToOutlet(text: string, region: QuoteRegion, isPersonAt: (offset: number) => boolean): boolean {
  const lineStart = text.lastIndexOf('\n', region.start) + 1;
  const lineEnd = text.indexOf('\n', region.end);
  const before = Math.max(lineStart, region.start - CONTEXT);
  const after = Math.min(lineEnd < 0 ? text.length : lineEnd, region.end + CONTEXT);
  for (const [from, to] of [
    [before, region.start],
    [region.end, after],
  ] as const) {
    const window = text.slice(from, to);
    if (!OUTLET_SPEAKER_VERB.test(window)) continue;
    for (let o = from; o < to; o++) if (isPersonAt(o)) return false;
    if (OUTLET_ANAPHOR.test(window)) return true;
    for (const m of window.matchAll(NAME_RUN)) if (isOutletName(m[0])) return true;
  }
  return false;
}

/** Returns a predicate: is this offset inside a quotation whose speaker answers for it? */
export function speakerQuotes(text: string, isPersonAt: (offset: number) => boolean): (offset: number) => boolean {
  // Nested quotes (‘…’ inside “…”) merge into one region, so the binary search below sees disjoint spans.
  const regions: QuoteRegion[] = [];
  for (const r of findRegions(text).filter((q) => !creditedToOutlet(text, q, isPersonAt))) {
    const last = regions[regions.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else regions.push({ ...r });
  }
  return (offset) => {
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = regions[mid]!;
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
