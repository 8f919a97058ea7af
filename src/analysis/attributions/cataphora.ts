import { isNameToken } from './names';
import { isModifier } from './phrase';
import type { SentenceView } from './view';
import { APPOSITION_STARTS, INTRODUCING_TITLES } from './lexicon';

/**
 * Cataphora: a singular unnamed source whose name follows in the next sentence ("according to a computer
 * programmer who has released code … Pakistan-based developer Ammar Askar wrote"). The name must be
 * introduced there, with a role or title before it, as a first mention is; a bare later name ("Trump said")
 * is someone else.
 */

// "Petra Lind, a professor at the University of Bergen, said …": a name opening the sentence with an
// apposition is a first mention too.
function introducedFirst(next: SentenceView): boolean {
  let j = 0;
  while (j < next.words.length && (next.types[j] === 'PERSON' || (next.types[j] === null && isNameToken(next, j)))) j++;
  return j >= 2 && next.words[j] === ',' && APPOSITION_STARTS.has(next.words[j + 1] ?? '');
}

export function namedNext(view: SentenceView, from: number, h: number): boolean {
  const w = view.words[h]!;
  const indefinite = from === h || view.words[from] === 'a' || view.words[from] === 'an';
  const next = view.next;
  if (!next || w.endsWith('s') || !indefinite) return false;
  if (introducedFirst(next)) return true;
  for (let i = 1; i < next.words.length; i++) {
    if (next.types[i] === 'PERSON' || (next.types[i] === null && isNameToken(next, i) && isNameToken(next, i + 1))) {
      if (next.types[i - 1] === 'PERSON' || isNameToken(next, i - 1)) continue;
      const prev = next.words[i - 1]!;
      if (
        INTRODUCING_TITLES.has(prev) ||
        (/^\p{Ll}/u.test(next.tokens[i - 1]!.text) && isModifier(next, i - 1) && prev !== 'the')
      )
        return true;
    }
  }
  return false;
}
