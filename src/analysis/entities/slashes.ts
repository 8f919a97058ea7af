import type { TokenSpan } from './labels';

/**
 * Names joined by a slash are several names: "[Getty]/[Instagram]" in a photo credit, "[Washington Post]/[ABC
 * News]" and "[CNN]/[ORC]" polls, "[John Moore]/[Getty Images]". The tagger sometimes takes the pair as one
 * span; it is cut at each slash that has a word on both sides, every part keeping the span's type ("9/11"
 * has digits on both sides and stays whole).
 */
export function splitAtSlashes(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.flatMap((s) => {
    const parts: TokenSpan[] = [];
    let start = s.start;
    for (let k = s.start + 1; k < s.end - 1; k++) {
      if (tokens[k] !== '/' || !/^\p{L}/u.test(tokens[k - 1]!) || !/^\p{L}/u.test(tokens[k + 1]!)) continue;
      parts.push({ start, end: k, type: s.type });
      start = k + 1;
    }
    return start === s.start ? [s] : [...parts, { start, end: s.end, type: s.type }];
  });
}
