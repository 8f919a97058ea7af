/**
 * Draft spans are written as text: the n-th `occurrence` of an exact string, or `all: true` for every
 * occurrence not inside a longer span of the same layer (longer strings are placed first). An occurrence
 * must stand as whole words: "Iran" is not found inside "Iranian" (but is in "Iran-backed").
 * Offsets here are UTF-16, as JavaScript strings count them.
 */
export interface DraftSpan {
  text: string;
  occurrence?: number;
  all?: boolean;
}

export interface ResolvedSpan<T> {
  item: T;
  start: number;
  end: number;
}

export interface Resolution<T> {
  spans: ResolvedSpan<T>[];
  /** Items that could not be placed, said plainly. */
  problems: string[];
  /** What `all` did: how many it marked and skipped. */
  notes: string[];
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Start offsets of the whole-word occurrences of `needle`, in order. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  const checkBefore = WORD.test(needle[0]!);
  const checkAfter = WORD.test(needle[needle.length - 1]!);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (checkBefore && at > 0 && WORD.test(text[at - 1]!)) continue;
    const end = at + needle.length;
    if (checkAfter && end < text.length && WORD.test(text[end]!)) continue;
    found.push(at);
  }
  return found;
}

export function resolveSpans<T extends DraftSpan>(text: string, items: readonly T[], layer: string): Resolution<T> {
  const spans: ResolvedSpan<T>[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const label = (item: T): string => `${layer} «${item.text}»`;
  const overlapsTaken = (start: number, end: number): boolean => spans.some((s) => s.start < end && start < s.end);
  const everyOccurrence: T[] = [];
  for (const item of items) {
    if (typeof item.text !== 'string' || !item.text.trim()) {
      problems.push(`${layer}: an item without text`);
    } else if (item.text !== item.text.trim()) {
      problems.push(`${label(item)}: the text starts or ends with a space`);
    } else if (item.all === true && item.occurrence === undefined) {
      everyOccurrence.push(item);
    } else if (item.all !== undefined) {
      problems.push(`${label(item)}: give either "occurrence" or "all": true`);
    } else if (!Number.isInteger(item.occurrence) || item.occurrence! < 1) {
      problems.push(`${label(item)}: "occurrence" must be 1, 2, 3… (or use "all": true)`);
    } else {
      const found = occurrences(text, item.text);
      const at = found[item.occurrence! - 1];
      if (at === undefined) {
        problems.push(
          `${label(item)}: occurrence ${item.occurrence} not found; the text has ${found.length} (whole words, exact case)`,
        );
      } else if (spans.some((s) => s.start === at && s.end === at + item.text.length)) {
        problems.push(`${label(item)}: occurrence ${item.occurrence} is given twice`);
      } else {
        spans.push({ item, start: at, end: at + item.text.length });
      }
    }
  }
  const longestFirst = everyOccurrence
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.text.length - a.item.text.length || a.order - b.order);
  for (const { item } of longestFirst) {
    const found = occurrences(text, item.text);
    let marked = 0;
    for (const at of found) {
      if (overlapsTaken(at, at + item.text.length)) continue;
      spans.push({ item, start: at, end: at + item.text.length });
      marked++;
    }
    if (marked === 0) problems.push(`${label(item)}: "all" found no occurrence outside longer spans`);
    else notes.push(`${label(item)} all: ${marked} marked, ${found.length - marked} inside other spans`);
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { spans, problems, notes };
}

/** The inverse of resolving: the draft span (text and occurrence) for UTF-16 offsets; null if not whole words. */
export function draftSpanAt(text: string, start: number, end: number): { text: string; occurrence: number } | null {
  const needle = text.slice(start, end);
  const n = occurrences(text, needle).indexOf(start);
  return n === -1 ? null : { text: needle, occurrence: n + 1 };
}
