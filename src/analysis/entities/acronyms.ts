/** Connector words that acronyms skip ("Organization of the Petroleum Exporting Countries" -> OPEC). */
const SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);

/** The letters of an acronym-looking name ("UN", "U.S.", "NATO"), or null. */
export function acronymLetters(name: string): string | null {
  const letters = name.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : null;
}

/** The initials of a multi-word name ("United Nations" -> "UN"), or null for a single word. */
export function initials(name: string): string | null {
  const words = name.split(/[\s\u2010\u2011-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}
