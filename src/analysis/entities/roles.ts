import type { Token } from '../text/tokens';
import { isTitleWord, type Gazetteer } from './gazetteer';
import { isCapitalized } from './shape';

const CONNECTORS = new Set(['of', 'for']);
/** Lowercase words that belong to a title before a name ("Iraq's foreign minister Fuad Hussein"). */
const MODIFIERS = new Set([
  'foreign',
  'prime',
  'deputy',
  'defense',
  'defence',
  'interior',
  'finance',
  'former',
  'chief',
  'senior',
  'top',
  'vice',
  'state',
  'security',
  'national',
  'press',
  'army',
  'military',
  'police',
  'opposition',
  'religious',
  'spiritual',
  'supreme',
  'assistant',
  'acting',
  'majority',
  'minority',
  'executive',
  'managing',
  'party',
]);
const DETERMINERS = new Set(['the', 'a', 'an']);
const MAX_ROLE_TOKENS = 7;
export const OTHER_NAME = 1;
export const PERSON_NAME = 2;

/**
 * Roles the text gives a person: a title run right before the name ("US Secretary of State [Mike Pompeo]",
 * "Shiite leader [Moqtada al-Sadr]"), or an apposition right after it ("[Fuad Hussein], Iraq's foreign
 * minister,") or right before it ("the president of Iraq, [Barham Salih]"). A run counts only if it contains a title word; it may include capitalised words and the
 * names of places, groups and organizations ("Iraqi", "US"), never another person. `covered` marks the
 * sentence's tokens that are names (OTHER_NAME, PERSON_NAME); the person's own tokens are ignored.
 */
export function findRoles(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  covered: Uint8Array,
  gazetteer: Gazetteer,
): string[] {
  const roles: string[] = [];
  const inEntity = (i: number): boolean => covered[i] === OTHER_NAME && (i < first || i > last);
  const inPerson = (i: number): boolean => covered[i] === PERSON_NAME && (i < first || i > last);
  const isTitle = (i: number): boolean => isTitleWord(gazetteer, tokens[i]!.text);
  const fits = (i: number): boolean => {
    const t = tokens[i]!.text;
    if (inPerson(i)) return false;
    return isTitle(i) || inEntity(i) || (isCapitalized(t) && /\p{L}/u.test(t)) || CONNECTORS.has(t.toLowerCase());
  };
  // Before the name, also lowercase title modifiers and a possessive after a name ("Iraq's").
  const fitsBefore = (i: number): boolean =>
    fits(i) ||
    MODIFIERS.has(tokens[i]!.text.toLowerCase()) ||
    (/^['\u2019]s$/.test(tokens[i]!.text) && i > 0 && inEntity(i - 1));
  let j = first - 1;
  while (j >= 0 && first - j <= MAX_ROLE_TOKENS && fitsBefore(j)) j--;
  let from = j + 1;
  while (from < first && (CONNECTORS.has(tokens[from]!.text.toLowerCase()) || /^['\u2019]s$/.test(tokens[from]!.text)))
    from++;
  if (from < first && range(from, first).some(isTitle))
    roles.push(text.slice(tokens[from]!.start, tokens[first - 1]!.end));
  // Apposition before the name: "the president of Iraq, [Barham Salih]", "Iraq's president, [Barham Salih]".
  if (tokens[first - 1]?.text === ',') {
    let k = first - 2;
    while (k >= 0 && first - 2 - k < MAX_ROLE_TOKENS && fitsBefore(k)) k--;
    let begin = k + 1;
    while (begin < first - 1 && /^['\u2019]s$|^of$/.test(tokens[begin]!.text)) begin++;
    // The title must head the phrase: it ends with the title or with "of" and a name ("president of Iraq").
    const end = first - 2;
    const headed =
      end >= begin && (isTitle(end) || range(begin, end).some((i) => isTitle(i) && tokens[i + 1]!.text === 'of'));
    // After another comma it is a list ("Baghdad, Basra, Fuad Hussein"), not an apposition.
    if (headed && !(k >= 0 && tokens[k]!.text === ',')) roles.push(text.slice(tokens[begin]!.start, tokens[end]!.end));
  }
  // Apposition: ", (the) <modifiers> <title>," right after the name.
  if (tokens[last + 1]?.text === ',') {
    let k = last + 2;
    if (tokens[k] && DETERMINERS.has(tokens[k]!.text.toLowerCase())) k++;
    const begin = k;
    while (k < tokens.length && k - begin < MAX_ROLE_TOKENS && !/^[,.;:!?)"\u201d]$/.test(tokens[k]!.text)) k++;
    const end = k - 1;
    const closed = k >= tokens.length || /^[,.;:)"\u201d]$/.test(tokens[k]!.text);
    if (
      closed &&
      end >= begin &&
      isTitle(end) &&
      range(begin, end + 1).every(
        (i) => fits(i) || /^\p{Ll}+$/u.test(tokens[i]!.text) || /^['\u2019]s$/.test(tokens[i]!.text),
      )
    ) {
      roles.push(text.slice(tokens[begin]!.start, tokens[end]!.end));
    }
  }
  return roles;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}
