import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './types.ts';
import { type NormalizedText, normalizeWhitespace, toNormalizedOffset } from './whitespace.ts';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  /**
   * 'position' and 'exact' guarantee `text.slice(start, end) === quote.exact`; 'fuzzy' means the
   * page changed (whitespace or wording) and the range is the closest match.
   */
  method: AnchorMethod;
}

export interface AnchorOptions {
  /** Set false to give up after the exact search (e.g. a cheap first pass while the page loads). */
  fuzzy?: boolean;
  /** Error budget of the fuzzy search as a fraction of the quote's length. */
  maxErrorRatio?: number;
  /** Minimum weighted score (0..1) a fuzzy match needs; below it the highlight is an orphan. */
  minScore?: number;
}

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

// Hypothesis's weights (client/src/annotator/anchoring/match-quote.ts).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

const DEFAULT_MAX_ERROR_RATIO = 0.25;
// Myers' algorithm costs O(text * errors / 32); Hypothesis caps errors at 256 too.
const MAX_ERRORS = 256;
const DEFAULT_MIN_SCORE = 0.7;
/** See `anchor`. On the shared articles it cut misplaced short quotes by 70% and cost no match. */
const MIN_UNVOUCHED_EXACT_SCORE = 0.75;
/** Scoring each candidate costs two small fuzzy searches; only the nearest ones are worth it. */
const MAX_CANDIDATES = 500;
/** Stored context longer than this is trimmed (imported data may carry more than we write). */
const MAX_CONTEXT = 256;
/** Quotes shorter than this at the stored position also need a matching neighbour to be trusted. */
const SELF_EVIDENT_QUOTE_LENGTH = 32;
/** Extra characters searched on each side of the expected position before searching everywhere. */
const LOCAL_WINDOW = 2048;
/**
 * Shorter quotes are fuzzy-matched only near their old position: far away, a near-miss of a few
 * words is more likely a coincidence than the highlight, and on repetitive pages such short
 * patterns tie with thousands of places, each costing a search.
 */
const GLOBAL_FUZZY_MIN_LENGTH = 32;
/**
 * Along a match the fuzzy search does work quadratic in the pattern's length, so longer quotes are
 * placed by fuzzy-matching their first and last HEAD_TAIL_LENGTH characters.
 */
const MAX_FUZZY_PATTERN = 1024;
const HEAD_TAIL_LENGTH = 256;
/**
 * A pattern made of few distinct trigrams ("-----", "ab ab ab", a column of zeros) ties with nearly
 * every offset of a repetitive page, and each tie costs a search of its own: such quotes are only
 * ever matched exactly.
 */
const REPETITIVE_PATTERN_LENGTH = 8;
const MIN_DISTINCT_QGRAM_RATIO = 0.5;
/** Head matches tried when placing a long quote (several may look alike on repetitive pages). */
const HEAD_CANDIDATES = 5;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Context {
  prefix: string;
  suffix: string;
  /** Expected start, in the coordinates of the text being searched. */
  hint: number | undefined;
}

/** Each in 0..1; combined with Hypothesis's weights. */
interface Scores {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

interface Scored {
  start: number;
  end: number;
  errors: number;
  scores: Scores;
  total: number;
}

function total(s: Scores): number {
  return (
    (QUOTE_WEIGHT * s.quote + PREFIX_WEIGHT * s.prefix + SUFFIX_WEIGHT * s.suffix + POSITION_WEIGHT * s.position) /
    MAX_SCORE
  );
}

/** Similarity (0..1) of `context` to the best-matching part of `window`. */
function contextScore(window: string, context: string): number {
  if (context.length === 0) return 1;
  if (window.length === 0) return 0;
  const best = approxSearch(window, context, context.length)[0];
  return best ? 1 - best.errors / context.length : 0;
}

function score(text: string, candidate: Candidate, quoteLength: number, context: Context): Scored {
  const prefixWindow = text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start);
  const suffixWindow = text.slice(candidate.end, candidate.end + context.suffix.length);
  const scores: Scores = {
    quote: 1 - candidate.errors / quoteLength,
    prefix: prefixWindow.endsWith(context.prefix) ? 1 : contextScore(prefixWindow, context.prefix),
    suffix: suffixWindow.startsWith(context.suffix) ? 1 : contextScore(suffixWindow, context.suffix),
    position: context.hint === undefined ? 1 : 1 - Math.abs(candidate.start - context.hint) / Math.max(1, text.length),
  };
  return { ...candidate, scores, total: total(scores) };
}

/**
 * Keeps the MAX_CANDIDATES candidates closest to the hint, so repetitive pages stay cheap.
 * Candidates arrive sorted by start, so this is a binary search.
 */
function nearest(candidates: Candidate[], hint: number | undefined): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  const target = hint ?? 0;
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (candidates[mid]!.start < target) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - MAX_CANDIDATES / 2, candidates.length - MAX_CANDIDATES));
  return candidates.slice(from, from + MAX_CANDIDATES);
}

/** Candidates scored against the context, best first. */
function ranked(text: string, candidates: Candidate[], quoteLength: number, context: Context): Scored[] {
  return (
    nearest(candidates, context.hint)
      .map((candidate) => score(text, candidate, quoteLength, context))
      // On a tie, the match closest in length: "Ana Petrova, 72" rather than "Ana Petrova, 7" for "…71".
      .sort(
        (a, b) =>
          b.total - a.total || Math.abs(a.end - a.start - quoteLength) - Math.abs(b.end - b.start - quoteLength),
      )
  );
}

function best(text: string, candidates: Candidate[], quoteLength: number, context: Context): Scored | null {
  return ranked(text, candidates, quoteLength, context)[0] ?? null;
}

function occurrences(text: string, pattern: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) {
    found.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  return found;
}

function isRepetitive(pattern: string): boolean {
  if (pattern.length < REPETITIVE_PATTERN_LENGTH) return false;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= pattern.length; i++) grams.add(pattern.slice(i, i + 3));
  return grams.size < (pattern.length - 2) * MIN_DISTINCT_QGRAM_RATIO;
}

/**
 * Exact occurrences if there are any, else the closest approximate matches, both near the hint
 * (the best match near the old position can lose to a slightly closer one elsewhere on raw error
 * count; keeping both lets the context decide) and anywhere in `[from, to)`.
 */
function fuzzyCandidates(
  text: string,
  pattern: string,
  maxErrorRatio: number,
  hint: number | undefined,
  from = 0,
  to = text.length,
): Candidate[] {
  const region = text.slice(from, to);
  const shift = (found: Candidate[], by: number): Candidate[] =>
    found.map((c) => ({ start: c.start + by, end: c.end + by, errors: c.errors }));
  const exact = occurrences(region, pattern);
  if (exact.length > 0) return shift(exact, from);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(pattern.length * maxErrorRatio));
  if (maxErrors === 0 || isRepetitive(pattern)) return [];
  const search = (start: number, end: number): Candidate[] =>
    shift(approxSearch(text.slice(start, end), pattern, maxErrors), start).sort((a, b) => a.start - b.start);
  if (hint === undefined) return pattern.length >= GLOBAL_FUZZY_MIN_LENGTH ? search(from, to) : [];
  const localFrom = Math.max(from, hint - LOCAL_WINDOW);
  const localTo = Math.min(to, hint + pattern.length + LOCAL_WINDOW);
  // The window covers the whole region: one search does.
  if (localFrom <= from && localTo >= to) return search(from, to);
  const local = localFrom < localTo ? search(localFrom, localTo) : [];
  if (pattern.length < GLOBAL_FUZZY_MIN_LENGTH) return local;
  return local.concat(search(from, to)).sort((a, b) => a.start - b.start);
}

function fuzzyShort(text: string, pattern: string, context: Context, maxErrorRatio: number): Scored | null {
  return best(text, fuzzyCandidates(text, pattern, maxErrorRatio, context.hint), pattern.length, context);
}

/** The distinct places among ranked matches (adjacent ends of one match count once). */
function distinctPlaces(matches: Scored[], minDistance: number, limit: number): Scored[] {
  const chosen: Scored[] = [];
  for (const match of matches) {
    if (chosen.length === limit) break;
    if (chosen.every((c) => Math.abs(c.start - match.start) >= minDistance)) chosen.push(match);
  }
  return chosen;
}

/** Places a long quote by its head and its tail; the tail is looked for where the head predicts. */
function fuzzyLong(text: string, pattern: string, context: Context, maxErrorRatio: number): Scored | null {
  const headPattern = pattern.slice(0, HEAD_TAIL_LENGTH);
  const tailPattern = pattern.slice(-HEAD_TAIL_LENGTH);
  const heads = distinctPlaces(
    ranked(text, fuzzyCandidates(text, headPattern, maxErrorRatio, context.hint), HEAD_TAIL_LENGTH, {
      ...context,
      suffix: '',
    }),
    HEAD_TAIL_LENGTH / 2,
    HEAD_CANDIDATES,
  );
  const slack = Math.ceil(pattern.length * maxErrorRatio);
  let result: Scored | null = null;
  for (const head of heads) {
    const expected = head.start + pattern.length - HEAD_TAIL_LENGTH;
    const from = Math.max(head.end, expected - slack);
    const to = Math.min(text.length, expected + HEAD_TAIL_LENGTH + slack);
    if (from >= to) continue;
    const tail = best(text, fuzzyCandidates(text, tailPattern, maxErrorRatio, expected, from, to), HEAD_TAIL_LENGTH, {
      prefix: '',
      suffix: context.suffix,
      hint: expected,
    });
    if (!tail) continue;
    // What lies between head and tail is unchecked; a length far from the quote's counts against it.
    const lengthError = Math.abs(tail.end - head.start - pattern.length) / pattern.length;
    const scores: Scores = {
      quote: Math.max(0, 1 - (head.errors + tail.errors) / (2 * HEAD_TAIL_LENGTH) - lengthError),
      prefix: head.scores.prefix,
      suffix: tail.scores.suffix,
      position: head.scores.position,
    };
    const combined = total(scores);
    if (!result || combined > result.total) {
      result = { start: head.start, end: tail.end, errors: head.errors + tail.errors, scores, total: combined };
    }
  }
  return result;
}

function validHint(position: TextPositionSelector | undefined, textLength: number): number | undefined {
  const start = position?.start;
  return Number.isSafeInteger(start) && start! >= 0 && start! <= textLength ? start : undefined;
}

function atPosition(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined): boolean {
  if (!position || !Number.isSafeInteger(position.start) || !Number.isSafeInteger(position.end)) return false;
  const { start, end } = position;
  if (start < 0 || end > text.length || end - start !== quote.exact.length) return false;
  if (text.slice(start, end) !== quote.exact) return false;
  // A short quote ("the", "said") at the old offset may be a different occurrence after an edit.
  if (quote.exact.length >= SELF_EVIDENT_QUOTE_LENGTH) return true;
  const prefixMatches = text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix;
  const suffixMatches = text.slice(end, end + quote.suffix.length) === quote.suffix;
  return prefixMatches || suffixMatches;
}

/** An exact occurrence whose neighbourhood also matches, or a quote too long to be a coincidence. */
function isConvincing(match: Scored, quoteLength: number): boolean {
  return quoteLength >= SELF_EVIDENT_QUOTE_LENGTH || Math.max(match.scores.prefix, match.scores.suffix) >= 0.75;
}

/** `text` with the given ranges blanked out, so a search has to look elsewhere. */
function masked(text: string, ranges: Candidate[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const { start, end } of ranges) {
    if (start < last) continue;
    parts.push(text.slice(last, start), '\u0000'.repeat(end - start));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Characters of context that must reappear verbatim for `snapToContext` to move an edge. */
const SNAP_KEY_LENGTH = 12;

/**
 * The fuzzy search reports the match with the fewest errors, which can stop short of a replaced
 * word at the quote's edge ("Previously, NBT was" matches "Previously, chan" in "Previously,
 * changed was"). Where the stored context reappears verbatim within `slack` of an edge, the edge
 * moves to meet it.
 */
function snapToContext(text: string, match: Candidate, context: Context, slack: number): Candidate {
  let { start, end } = match;
  const suffixKey = context.suffix.slice(0, SNAP_KEY_LENGTH);
  if (suffixKey.trim().length >= SNAP_KEY_LENGTH / 2 && !text.startsWith(suffixKey, end)) {
    const at = text.indexOf(suffixKey, Math.max(start + 1, end - slack));
    if (at !== -1 && at <= end + slack) end = at;
  }
  const prefixKey = context.prefix.slice(-SNAP_KEY_LENGTH);
  if (prefixKey.trim().length >= SNAP_KEY_LENGTH / 2 && !text.endsWith(prefixKey, start)) {
    const at = text.lastIndexOf(prefixKey, start + slack - prefixKey.length);
    if (at !== -1 && at + prefixKey.length >= start - slack && at + prefixKey.length < end) {
      start = at + prefixKey.length;
    }
  }
  return { start, end, errors: match.errors };
}

// Anchoring a page's highlights calls `anchor` once per highlight with the same text.
let lastPage: { text: string; normalized: NormalizedText } | undefined;

function normalizedPage(text: string): NormalizedText {
  if (lastPage?.text !== text) lastPage = { text, normalized: normalizeWhitespace(text) };
  return lastPage.normalized;
}

function fuzzyAnchor(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  maxErrorRatio: number,
  minScore: number,
): { anchor: Anchor; total: number } | null {
  const pattern = normalizeWhitespace(quote.exact).text.trim();
  if (pattern.length === 0) return null;
  const normalized = normalizedPage(text);
  const haystack = normalized.text;
  // The pattern is trimmed, so whitespace at the quote's edges belongs to the context.
  const leading = quote.exact.slice(0, quote.exact.length - quote.exact.trimStart().length);
  const trailing = quote.exact.slice(quote.exact.trimEnd().length);
  const context: Context = {
    prefix: normalizeWhitespace(quote.prefix.slice(-MAX_CONTEXT) + leading).text,
    suffix: normalizeWhitespace(trailing + quote.suffix.slice(0, MAX_CONTEXT)).text,
    hint: hint === undefined ? undefined : toNormalizedOffset(normalized, hint),
  };
  const winner =
    pattern.length > MAX_FUZZY_PATTERN
      ? fuzzyLong(haystack, pattern, context, maxErrorRatio)
      : fuzzyShort(haystack, pattern, context, maxErrorRatio);
  if (!winner || winner.total < minScore) return null;
  const slack = Math.min(MAX_ERRORS, Math.ceil(pattern.length * maxErrorRatio));
  let { start, end } = snapToContext(haystack, winner, context, slack);
  while (start < end && haystack[start] === ' ') start++;
  while (end > start && haystack[end - 1] === ' ') end--;
  if (start === end) return null;
  return {
    anchor: { start: normalized.offsets[start]!, end: normalized.offsets[end - 1]! + 1, method: 'fuzzy' },
    total: winner.total,
  };
}

/**
 * Finds the quote in `text` the way Hypothesis re-anchors annotations: the stored position if the
 * quote is still there, else the best exact occurrence, else the best fuzzy match. Returns null when
 * the highlight cannot be placed; the caller shows it as an orphan.
 */
export function anchor(text: string, selectors: AnchorSelectors, options: AnchorOptions = {}): Anchor | null {
  // Stored records outlive code versions; a malformed one is an orphan, not an exception on the page.
  const stored = selectors.quote as Partial<TextQuoteSelector> | undefined;
  if (typeof stored?.exact !== 'string' || stored.exact.length === 0) return null;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: stored.exact,
    prefix: typeof stored.prefix === 'string' ? stored.prefix : '',
    suffix: typeof stored.suffix === 'string' ? stored.suffix : '',
  };
  const { position } = selectors;
  if (atPosition(text, quote, position)) {
    return { start: position!.start, end: position!.end, method: 'position' };
  }

  const hint = validHint(position, text.length);
  const context: Context = {
    prefix: quote.prefix.slice(-MAX_CONTEXT),
    suffix: quote.suffix.slice(0, MAX_CONTEXT),
    hint,
  };
  const found = occurrences(text, quote.exact);
  const exact = best(text, found, quote.exact.length, context);
  if (exact && (options.fuzzy === false || isConvincing(exact, quote.exact.length))) {
    return { start: exact.start, end: exact.end, method: 'exact' };
  }
  if (options.fuzzy === false) return null;

  // A short quote found only out of context ("the levy" elsewhere on the page) may be a stranger;
  // a slightly edited copy in the right place, found once the exact ones are blanked out, wins.
  const fuzzy = fuzzyAnchor(
    exact ? masked(text, found) : text,
    quote,
    hint,
    options.maxErrorRatio ?? DEFAULT_MAX_ERROR_RATIO,
    options.minScore ?? DEFAULT_MIN_SCORE,
  );
  // Without a neighbour to vouch for it, a short exact match elsewhere ("said", "the council") is
  // usually a different passage; below this score an orphan is the honest answer.
  if (exact && exact.total >= MIN_UNVOUCHED_EXACT_SCORE && (!fuzzy || fuzzy.total <= exact.total)) {
    return { start: exact.start, end: exact.end, method: 'exact' };
  }
  return fuzzy?.anchor ?? null;
}
