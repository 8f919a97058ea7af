/**
 * Whitespace-insensitive view of a string. Re-rendered pages often differ only in whitespace
 * (reflowed source HTML, &nbsp; vs space, soft hyphens), which should not count as edits.
 */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is the index in the original string of `text[i]`. */
  offsets: Uint32Array;
}

// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, inserted by CMSes at will.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;

/** Collapses every whitespace run to one space and drops invisible characters. */
export function normalizeWhitespace(input: string): NormalizedText {
  const offsets = new Uint32Array(input.length);
  const parts: string[] = [];
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      parts.push(' ');
    } else {
      inSpace = false;
      parts.push(ch);
    }
    offsets[length++] = i;
  }
  return { text: parts.join(''), offsets: offsets.subarray(0, length) };
}

/** `normalizeWhitespace(s).text` without leading or trailing space; for patterns. */
export function collapseWhitespace(input: string): string {
  return normalizeWhitespace(input).text.trim();
}

/** First normalized index whose original offset is >= `original`, for mapping position hints. */
export function toNormalizedOffset(normalized: NormalizedText, original: number): number {
  let lo = 0;
  let hi = normalized.offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (normalized.offsets[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
