/**
 * The one normalisation of names and of the words around them, shared by within-document resolution and
 * entity keys (analysis/entities) and by Wikidata linking (knowledge): accents, case, apostrophes and
 * possessives go, letters without a decomposition are spelled out ("Łódź" → "lodz", "Øresund" → "oresund").
 */

/** Arabic articles, assimilated or not ("al-Sadr", "ash-Sharq", "ad-Dawla"): they say little about who is meant. */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud']);

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const SPELLED_OUT: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

/** Lowercased, without accents (NFKD, marks removed) and with the letters above spelled out. */
function plainLetters(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðßæœıþ]/g, (c) => SPELLED_OUT[c] ?? c);
}

/** Apostrophes and transliteration marks (ʿayn, hamza, ʻokina) that some spellings of a name have and others lack. */
const APOSTROPHES = /['\u2019`\u02bb\u02bc\u02be\u02bf]/g;
/** Soft hyphen and zero-width characters: invisible, but they split or join words. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The words of any text (a description, a role, a label): possessives and apostrophes gone, split at the rest. */
export function textWords(s: string): string[] {
  return plainLetters(s)
    .replace(INVISIBLE, '')
    .replace(/['\u2019]s\b/g, '')
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The words of a name, as matching compares them: text words, with periods dropped ("U.S." → "us", not
 * "u s") and Arabic articles left out ("al-Sadr's" → ["sadr"]).
 */
export function nameWords(name: string): string[] {
  return textWords(name.replace(/\./g, '')).filter((w) => !PARTICLES.has(w));
}
