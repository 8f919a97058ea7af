/** Connector words that acronyms skip ("Organization of the Petroleum Exporting Countries" -> OPEC). */
const SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le']);

/** The letters of an acronym-looking name ("UN", "U.S.", "NATO"), or null. */
export function acronymLetters(name: string): string | null {
  const letters = name.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : null;
}

/**
 * The acronyms a multi-word name can have: its initials ("United Nations" -> "UN"), those of its
 * capitalised words only ("Alliance to Reclaim Our Schools" -> "AROS"), and those of what follows a head
 * and "of" ("Department of Veterans Affairs" -> "VA", as well as "DVA"). Empty for a single word.
 */
export function acronymsOf(name: string): string[] {
  const words = name.split(/[\s\u2010\u2011-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
  if (words.length < 2) return [];
  const letters = (ws: string[]): string => ws.map((w) => w[0]!.toUpperCase()).join('');
  const found = [letters(words), letters(words.filter((w) => /^\p{Lu}/u.test(w)))];
  const of = /^\S+ of (.+)$/.exec(name);
  if (of) found.push(...acronymsOf(of[1]!));
  return [...new Set(found.filter((a) => a.length >= 2))];
}
