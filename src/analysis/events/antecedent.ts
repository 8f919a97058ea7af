import type { Span } from '../types';
import type { MentionIndex } from './mention-index';

/** How far back a pronoun's antecedent may be: about two sentences of news prose. */
const REACH = 400;
const PRONOUN = /\b(?:he|she|him|his|her)\b/i;

/**
 * The person a pronoun in an event span most likely refers to ("He joined The Times in 2007" after a
 * byline naming Nelson D. Schwartz): when a personal pronoun comes before any person named in the span,
 * the person last mentioned shortly before the span. Null when the span names its person first, has no
 * pronoun, or no person is near. Gender is not checked: news names few people per paragraph.
 */
export function pronounAntecedent(
  text: string,
  span: Span,
  mentions: MentionIndex,
): { key: string; at: number } | null {
  const pronoun = PRONOUN.exec(text.slice(span.start, span.end));
  if (!pronoun) return null;
  const at = span.start + pronoun.index;
  let best: { key: string; end: number } | null = null;
  for (const m of mentions.startingIn(span.start - REACH, at)) {
    if (m.type !== 'PERSON') continue;
    if (m.start >= span.start) return null;
    if (m.end <= span.start && (!best || m.end > best.end)) best = { key: m.key, end: m.end };
  }
  return best ? { key: best.key, at } : null;
}
