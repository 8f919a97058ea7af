/**
 * Word tokenizer with offsets, close to CoNLL-2003's conventions: punctuation is split off,
 * hyphenated words stay whole ("al-Khadimi"), a possessive 's is its own token ("Pompeo" "'s"),
 * and abbreviations with inner periods stay whole ("U.S.", "Jan.").
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A word: letters/digits with inner hyphens, apostrophes, periods (U.S.), ampersands (AT&T) or commas in numbers.
// A hyphen does not glue on an abbreviation with periods: "R-N.C." is "R" "-" "N.C.", not "R-N" "." "C."
// (whose lone period would end the sentence).
const TOKEN_RE =
  /(?:[\p{L}]\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:(?:['\u2019](?![sS]\b)|[-\u2010\u2011&](?!(?:\p{L}\.){2})[\p{L}\p{N}])[\p{L}\p{M}\p{N}]*)*|['\u2019][sS]\b|\S/gu;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'pres',
  'supt',
  'det',
  'insp',
  'sec',
  'atty',
]);

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    let word = m[0];
    // "Mr." and "Jan." keep their period: it is part of the word, not a sentence end.
    if (/^\p{L}+$/u.test(word) && text[start + word.length] === '.' && isAbbreviation(word)) word += '.';
    // A single capital followed by a period is an initial ("George W. Bush").
    else if (/^\p{Lu}$/u.test(word) && text[start + 1] === '.') word += '.';
    const end = Math.min(start + word.length, to);
    tokens.push({ text: text.slice(start, end), start, end });
    TOKEN_RE.lastIndex = end;
  }
  return tokens;
}
