import type { Span } from '../types';

// A comma before three digits is a thousands separator ("$110,684"), not a clause boundary.
const SEPARATOR = /,(?!\d{3}\b)|[;:()\u2014\u2013]|\s-\s/g;
const MIN_WORDS = 4;

/**
 * The clause around a time expression inside a sentence: from the separator before it to the separator
 * after it, widened over neighbouring clauses until it carries a few words besides the expression
 * ("In 2011, voters had elected a government" is one clause for "In 2011", not two).
 */
export function clauseAround(text: string, sentence: Span, expression: Span): Span {
  const cuts: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(body)) !== null) {
    const start = sentence.start + m.index;
    if (start >= expression.start && start < expression.end) continue;
    cuts.push({ start, end: start + m[0].length });
  }
  let before = cuts.filter((c) => c.end <= expression.start);
  let after = cuts.filter((c) => c.start >= expression.end);
  let start = before.length ? before[before.length - 1]!.end : sentence.start;
  let end = after.length ? after[0]!.start : sentence.end;
  while (wordsOutside(text, start, end, expression) < MIN_WORDS && (before.length || after.length)) {
    if (after.length) {
      after = after.slice(1);
      end = after.length ? after[0]!.start : sentence.end;
    } else {
      before = before.slice(0, -1);
      start = before.length ? before[before.length - 1]!.end : sentence.start;
    }
  }
  return trim(text, { start, end });
}

function wordsOutside(text: string, start: number, end: number, expression: Span): number {
  const outside = text.slice(start, expression.start) + ' ' + text.slice(expression.end, end);
  return (outside.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Drops surrounding spaces, and opening or closing quotes that belong to the neighbouring clause. */
export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[start]!)) start++;
  while (end > start && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[end - 1]!)) end--;
  return { start, end };
}
