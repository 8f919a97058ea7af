import { declaredLanguage } from './declared';
import { ENGLISH_WORDS } from './english-words';
import { ENGLISH_MARKERS, PROFILES } from './profiles';

/** Enough of a long text to decide; keeps detection fast on any page. */
const SAMPLE_CHARS = 20_000;
/** Below this many words a text is short: counts, not shares, decide. */
const SHORT_WORDS = 30;
/** Below this many words, a Latin text with no evidence either way is taken as English: it costs nothing. */
const TINY_WORDS = 10;
/** In English prose the markers are well over this share of the words; in other languages next to none. */
const ENGLISH_SHARE = 0.07;
/** A page that declares English needs less of the text to agree (lists, tables, name-heavy articles). */
const DECLARED_ENGLISH_SHARE = 0.035;
/** In prose, another language's profile words are well over this share (Lorem ipsum: ~5%). */
const OTHER_SHARE = 0.15;
/** A short text needs this many English markers: one may be chance ("his", "are", "of" occur elsewhere). */
const SHORT_MARKERS = 2;
/** A short text needs this many hits to be called another language. */
const OTHER_HITS = 3;
/** Letters outside ASCII: a few in English (names), several per cent in most other Latin-script languages. */
const FOREIGN_LETTER_SHARE = 0.02;
/**
 * English of any shape (results tables, market data, lists of fixtures) has few function words but its
 * lowercase words are English: at least this share of them common English words, ...
 */
const VOCABULARY_SHARE = 0.7;
/** ... and at least this many of them, so that a few loanwords in another language do not decide. */
const VOCABULARY_WORDS = 4;

const INDEX = buildIndex();
const MARKERS = new Set(ENGLISH_MARKERS);
let vocabulary: Set<string> | null = null;
/** Words, and a possessive 's on its own so that it can be skipped. */
const WORD = /['\u2019]s\b|\p{L}+/gu;

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  // Block ranges, not characters: their combining marks count as letters of the script too.
  // eslint-disable-next-line no-misleading-character-class
  [/[\u0600-\u06ff\u0400-\u04ff\u0900-\u097f]/g, 'und'],
];

/**
 * The language of a text as an ISO 639 code: 'en' for English, the code of another profiled language
 * (profiles.ts) or of a distinctive script (ja, ko, zh, el, he, th), 'und' when it cannot tell, or for
 * scripts shared by many languages (Arabic, Cyrillic, Devanagari).
 *
 * The page's declared language (`<html lang>`) comes first: a page that says it is not English is not
 * analysed. Otherwise the first 20,000 characters decide. English must show its own function words
 * (ENGLISH_MARKERS), which no other language uses, so 'a', 'is' and 'be' in Hungarian cannot make it
 * English: at least 7% of a long text's words (3.5% when the page declares English); in a short text two
 * of them (one when English's function words clearly lead and the letters are English's), with English's
 * function words at least as many as any other language's. A text with few function words (a results
 * table, market data) is English when its lowercase words of three letters or more are mostly common
 * English words (english-words.ts): capitalised words are names, and short words and other languages'
 * function words are shared, so none of them counts. In a short text, three of another language's
 * function words outweighing English's decide first; in a long one the vocabulary does, so that the
 * "v" (versus) of a fixtures list cannot make it Czech, while a foreign text's own words are not
 * common English words whatever English names and quotes it holds. A text
 * under ten words with no evidence either way (no function words, few non-ASCII letters) is English:
 * analysing a line costs nothing.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const page = declaredLanguage(declared);
  if (page !== null && page !== 'en') return page;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = countLetters(sample);
  if (letters === 0) return 'und';
  const script = dominantScript(sample, letters);
  if (script) return script;

  let words = 0;
  let markers = 0;
  const lowercase: string[] = [];
  const scores = new Map<string, number>();
  for (const [word] of sample.matchAll(WORD)) {
    // English's possessive "'s" is no Czech or Croatian "s".
    if (word.startsWith("'") || word.startsWith('\u2019')) continue;
    words++;
    const lower = word.toLowerCase();
    if (MARKERS.has(lower)) markers++;
    const langs = INDEX.get(lower);
    // Another language's function word ("was", "for", "per") is no evidence of English vocabulary either way.
    if (lower.length >= 3 && lower === word && !langs?.some((l) => l !== 'en')) lowercase.push(word);
    for (const lang of langs ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const english = scores.get('en') ?? 0;
  let best = 'und';
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (lang !== 'en' && score > bestScore) [best, bestScore] = [lang, score];
  }
  // Asked only when the function words do not decide: most English never builds the 19,000-word set.
  const englishWords = (): boolean => {
    if (lowercase.length < VOCABULARY_WORDS) return false;
    vocabulary ??= new Set(ENGLISH_WORDS.split(/\s+/));
    let common = 0;
    for (const w of lowercase) if (vocabulary.has(w)) common++;
    return common / lowercase.length >= VOCABULARY_SHARE;
  };

  if (words < SHORT_WORDS) {
    const englishLetters = (sample.match(/[^\p{ASCII}\P{L}]/gu) ?? []).length / letters < FOREIGN_LETTER_SHARE;
    if (markers >= SHORT_MARKERS && english >= bestScore) return 'en';
    // One marker is enough when English's function words clearly lead and the letters are English's.
    if (markers === 1 && english >= OTHER_HITS && english > bestScore && englishLetters) return 'en';
    if (bestScore >= OTHER_HITS && bestScore > english) return best;
    if (englishWords()) return 'en';
    const noEvidence = markers === 0 && bestScore < OTHER_HITS && englishLetters;
    return words < TINY_WORDS && noEvidence ? 'en' : 'und';
  }
  const markerShare = markers / words;
  if (markerShare >= (page === 'en' ? DECLARED_ENGLISH_SHARE : ENGLISH_SHARE) && english >= bestScore) return 'en';
  if (englishWords()) return 'en';
  return bestScore / words >= OTHER_SHARE && bestScore > english ? best : 'und';
}

const LETTER = /\p{L}/uy;

/**
 * How many letters (code points in \p{L}) the text holds: the count of `text.match(/\p{L}/gu)` without building
 * one string per letter, ASCII by its code, the rest by the sticky expression.
 */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
    else if (text.charCodeAt(i) >= 128) {
      LETTER.lastIndex = i;
      if (LETTER.test(text)) letters++;
      // A letter outside the Basic Multilingual Plane is one code point in two code units.
      if (text.codePointAt(i)! > 0xffff) i++;
    }
  }
  return letters;
}

function dominantScript(sample: string, letters: number): string | null {
  for (const [re, code] of SCRIPTS) {
    const count = (sample.match(re) ?? []).length;
    if (count / letters > 0.3) return code;
  }
  return null;
}

function buildIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(PROFILES)) {
    for (const w of new Set(words)) {
      const list = index.get(w) ?? [];
      list.push(lang);
      index.set(w, list);
    }
  }
  return index;
}
