/**
 * What role and context words mean, for comparing them with Wikidata's descriptions and office labels
 * (name matching itself is src/names).
 */

import { textWords } from '../../names';

/**
 * Demonyms whose country name does not simply extend them ("Iraqi" → "Iraq" needs no entry), and role
 * words that office labels spell differently.
 */
const EXPANSIONS: Record<string, string> = {
  us: 'united states',
  american: 'united states',
  british: 'united kingdom',
  uk: 'united kingdom',
  kurdish: 'kurdistan',
  chinese: 'china',
  french: 'france',
  turkish: 'turkey',
  lebanese: 'lebanon',
  emirati: 'emirates',
  dutch: 'netherlands',
  swiss: 'switzerland',
  pm: 'prime minister',
  premier: 'prime minister',
  defence: 'defense',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  organisation: 'organization',
};

/** Words of a role or context name, with demonyms expanded to the country's words. */
export function meaningWords(s: string): string[] {
  return textWords(s.replace(/\bU\.S\.(?=\s|$)/g, 'US')).flatMap((w) => (EXPANSIONS[w] ?? w).split(' '));
}

/** Same word, or one extends the other by a suffix of up to three letters ("iraq"/"iraqi", "iran"/"iranian"). */
export function wordMatches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

export function containsWord(haystack: readonly string[], word: string): boolean {
  return haystack.some((h) => wordMatches(h, word));
}
