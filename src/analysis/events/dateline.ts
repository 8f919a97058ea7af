import type { Span } from '../types';

// "BAGHDAD (Meridian Wire) — ", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "WASHINGTON -- ": a place in capitals,
// optionally a state, a date and an agency, then a dash.
const DATELINE =
  /^[\p{Lu}][\p{Lu}'.-]+(?:\s+[\p{Lu}][\p{Lu}'.-]+)*(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)*(?:,?\s+[\p{Lu}][\p{Ll}]+\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:[\u2014\u2013\u2015]|--?)\s*/u;

/** The span without a leading dateline: the place and agency are where it was filed, not the event. */
export function withoutDateline(text: string, span: Span): Span {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  return m && m[0].length < span.end - span.start ? { start: span.start + m[0].length, end: span.end } : span;
}
