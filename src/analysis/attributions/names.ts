import type { SentenceView } from './view';
import { COMMON_WORDS, NAME_TITLES, NATIONAL_ADJECTIVES, NOT_NAMES } from './lexicon';
import { isOutletName } from './outlets';

/**
 * Is a token part of a name? The recogniser's mentions decide first; capitalisation is the fallback, so the
 * detector stays quiet about named sources even when the recogniser misses a name. Names only ever
 * suppress flags, so erring towards "named" costs recall, never a named false positive.
 */

// Nationality and other proper adjectives ("Iranian", "Western") describe a source without naming it.
const PROPER_ADJECTIVE = /(?:ian|ese|ish|ic|ern)$/;

/** "Iraqi officials" describes; "Eric Holder" names: an adjective-shaped word before another capital is a name. */
function isProperAdjective(view: SentenceView, i: number): boolean {
  const w = view.words[i]!;
  return (PROPER_ADJECTIVE.test(w) || NATIONAL_ADJECTIVES.has(w)) && !isCapitalized(view, i + 1);
}

export function isCapitalized(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined) return false;
  // Asked of every token: an ASCII first letter answers without the expressions, unless a hyphen may follow it.
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !t.text.includes('-')) return false;
  // Arabic names keep a lower-case article: "al-Kadhimi", "el-Sisi".
  return /^\p{Lu}/u.test(t.text) || /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u.test(t.text);
}

/** A token that may be part of a person's or an institution's name. */
export function isNameToken(view: SentenceView, i: number): boolean {
  const type = view.types[i];
  if (type === 'PERSON' || type === 'ORG') return true;
  if (type === 'GROUP' || i >= view.words.length) return false;
  const w = view.words[i]!;
  if (!isCapitalized(view, i) || NOT_NAMES.has(w) || isProperAdjective(view, i)) return false;
  // At the start of a sentence a capital says nothing: "Media reports say", "Studies show".
  const initial = i === 0 || /^["\u201c\u2018'(\u00ab]$/.test(view.words[i - 1]!);
  return !(initial && COMMON_WORDS.has(w));
}

/**
 * If a person's name starts at token i ("Ned Price", "Mr. Reeves", "Askar"), returns the index after it,
 * otherwise -1. Outlet names are not people.
 */
export function personNameEnd(view: SentenceView, i: number): number {
  let j = i;
  if (NAME_TITLES.has(view.words[j] ?? '')) j++;
  const from = j;
  while (j < view.words.length && (view.types[j] === 'PERSON' || (view.types[j] === null && isNameToken(view, j)))) j++;
  if (j === from) return -1;
  const name = view.tokens
    .slice(from, j)
    .map((t) => t.text)
    .join(' ');
  if (isOutletName(name)) return -1;
  return j;
}
