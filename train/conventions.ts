import type { EntityType } from '../src/analysis/types';
import { buildLexicon, TITLE_WORDS } from './lexicon';

/** How source corpora are mapped to our span and type conventions (see ../shared/docs/ner.md). */
const lexicon = buildLexicon();
const groupWords = new Set([...lexicon.demonym, ...lexicon.group]);
const placeWords = new Set([...lexicon.country, ...lexicon.city, ...lexicon.place]);

/** A word naming a nationality, religion or political group: listed, a plural of one, or shaped like a demonym. */
export function isGroupWord(token: string): boolean {
  // "Iranian-backed" is a group word by its name part.
  const word = token.replace(/-\p{Ll}+$/u, '');
  const w = word.toLowerCase();
  if (groupWords.has(w)) return true;
  if (w.endsWith('s') && groupWords.has(w.slice(0, -1))) return true;
  if (placeWords.has(w) || !/^\p{Lu}/u.test(word)) return false;
  return /(?:ian|ean|ese|ish|an|i)s?$/.test(w);
}

export function isGroupPhrase(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= 3 && words.every(isGroupWord);
}

/** CoNLL's MISC covers nationalities and groups (GROUP) as well as events, works and the rest (OTHER). */
export function groupOrOther(words: readonly string[]): EntityType {
  return isGroupPhrase(words) ? 'GROUP' : 'OTHER';
}

/** How many leading words of a person span are title ("President", "Prime Minister", "Mr."). */
export function stripTitle(words: readonly string[]): number {
  let k = 0;
  while (k < words.length) {
    const parts = words[k]!.toLowerCase().replace(/\.$/, '').split('-');
    if (!parts.every((p) => TITLE_WORDS.has(p))) break;
    k++;
  }
  return k;
}
