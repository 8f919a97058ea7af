/**
 * Whitespace-insensitive view of a string. Re-rendered pages often differ only in whitespace
 * (reflowed source HTML, &nbsp; vs space, soft hyphens), which should not count as edits.
 */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is the index in the original string of `text[i]`. */
  offsets: Uint32Array;
}

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, inserted by CMSes at will. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The characters JavaScript's `\s` matches (BOM is handled as invisible first). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Collapses every whitespace run to one space and drops invisible characters. Linear time. */
export function normalizeWhitespace(input: string): NormalizedText {
  const offsets = new Uint32Array(input.length);
  const parts: string[] = [];
  let length = 0;
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const invisible = isInvisible(code);
    const space = !invisible && isSpace(code);
    if (invisible || space) {
      if (runStart < i) parts.push(input.slice(runStart, i));
      runStart = i + 1;
      if (invisible || inSpace) continue;
      inSpace = true;
      parts.push(' ');
    } else {
      inSpace = false;
    }
    offsets[length++] = i;
  }
  if (runStart < input.length) parts.push(input.slice(runStart));
  return { text: parts.join(''), offsets: offsets.subarray(0, length) };
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
