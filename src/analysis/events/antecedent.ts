import type { Entity, Span } from '../types';

/** How far back a pronoun's antecedent may be: about two sentences of news prose. */
const REACH = 400;
const PRONOUN = /\b(?:he|she|him|his|her)\b/i;

/**
 * The person a pronoun in an event span most likely refers to ("He joined The Times in 2007" after a
 * byline naming Nelson D. Schwartz): when a personal pronoun comes before any person named in the span,
 * the person last mentioned shortly before the span. Null when the span names its person first, has no
 * pronoun, or no person is near. Gender is not checked: news names few people per paragraph.
 */
export function pronounAntecedent(text: string, span: Span, entities: Entity[]): { key: string; at: number } | null {
  const pronoun = PRONOUN.exec(text.slice(span.start, span.end));
  if (!pronoun) return null;
  const at = span.start + pronoun.index;
  let best: { key: string; end: number } | null = null;
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    for (const m of entity.mentions) {
      if (m.start >= span.start && m.start < at) return null;
      if (m.end <= span.start && m.end >= span.start - REACH && (!best || m.end > best.end)) {
        best = { key: entity.key, end: m.end };
      }
    }
  }
  return best ? { key: best.key, at } : null;
}
