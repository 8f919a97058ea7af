/**
 * A headline in title case ("Trump Says Iran Will Pay a Heavy Price for Attack on Embassy in Baghdad")
 * capitalises its common words, and weights trained on running text read every capital as a name. Such
 * a sentence is tagged with its common words (the mostly-lowercase list) in lower case, so only words
 * that are capitalised in running text stay capitalised. The first word keeps its case, as in any
 * sentence. All-caps headlines are left to the weights, which learned them from CoNLL. A headline
 * quoted after a colon ("with the headline: What May Soon Exceed Cost of U.S. Military?", "Read more:
 * ...") is read on its own.
 */
export function runningCase(tokens: readonly string[], lowerWords: ReadonlySet<string>): readonly string[] {
  const colon = tokens.lastIndexOf(':');
  if (colon > 0 && colon < tokens.length - 1) {
    const tail = tokens.slice(colon + 1);
    const cased = inRunningCase(tail, lowerWords);
    return cased === tail ? tokens : [...tokens.slice(0, colon + 1), ...cased];
  }
  return inRunningCase(tokens, lowerWords);
}

/** The words title case leaves in lower case: articles, conjunctions and short prepositions. */
const TITLE_LOWER = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs from into onto with over'.split(' '),
);

/**
 * Whether a sentence is strictly in title case: after its first word, no lower-case word other than the
 * articles, conjunctions and short prepositions title case keeps low ("Derelict Obama and Clinton", not
 * "Mike Pompeo met Fuad Hussein in Baghdad").
 */
export function isTitleCase(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++)
    if (isLower(tokens[i]!.charCodeAt(0)) && !TITLE_LOWER.has(tokens[i]!)) return false;
  return true;
}

function inRunningCase(tokens: readonly string[], lowerWords: ReadonlySet<string>): readonly string[] {
  // Running text has a lower-case word of four letters or more (title case keeps only short function
  // words in lower case): the common case, so it is tested first and cheaply.
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.length > 3 && isLower(tokens[i]!.charCodeAt(0))) return tokens;
  let common = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(t) && lowerWords.has(t.toLowerCase())) common++;
  }
  if (common < 3) return tokens;
  return tokens.map((t, i) =>
    i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t) && lowerWords.has(t.toLowerCase()) ? t.toLowerCase() : t,
  );
}

/** A lower-case letter, ASCII or not (a non-ASCII first character is checked by its case). */
function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
