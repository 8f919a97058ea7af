import { candidate, type Candidate } from '../candidate';
import { AUXILIARIES, RELAY_BY_VERBS, RELAY_VERBS } from '../lexicon';
import { isCapitalized, isNameToken, personNameEnd } from '../names';
import { isOutletName } from '../outlets';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * A named outlet as the source: "Reuters writes", "Bloomberg reported", "reported by the Washington Post".
 * Informational only. "told Reuters" and "interviewed by Reuters" make the outlet the listener, not the source.
 */

/** The outlet name ending at token e (inclusive), as [start, end) or null. */
function outletEndingAt(view: SentenceView, e: number): [number, number] | null {
  if (e < 0 || !isNameToken(view, e) || view.types[e] === 'PERSON') return null;
  let s = e;
  while (s > 0 && (isNameToken(view, s - 1) || (view.words[s - 1] === 'the' && isCapitalized(view, s - 1)))) s--;
  const name = view.tokens
    .slice(s, e + 1)
    .map((t) => t.text)
    .join(' ');
  return isOutletName(name) ? [s, e + 1] : null;
}

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let v = 1; v < words.length; v++) {
    const w = words[v]!;
    if (RELAY_VERBS.has(w)) {
      let e = v - 1;
      while (e > 0 && AUXILIARIES.has(words[e]!)) e--;
      const outlet = outletEndingAt(view, e);
      if (outlet && words[outlet[0] - 1] !== 'by' && words[outlet[0] - 1] !== 'to') {
        out.push(candidate(view, outlet[0], v, 'OUTLET_RELAY', v));
        continue;
      }
    }
    if (RELAY_BY_VERBS.has(w) && words[v + 1] === 'by') {
      let n = words[v + 2] === 'the' ? v + 3 : v + 2;
      const start = n;
      while (n < words.length && isNameToken(view, n)) n++;
      if (n === start || personNameEnd(view, start) === n) continue;
      const name = view.tokens
        .slice(start, n)
        .map((t) => t.text)
        .join(' ');
      if (isOutletName(name)) out.push(candidate(view, v, n - 1, 'OUTLET_RELAY', v));
    }
  }
  return out;
}

export const outletRelays: AttributionRule = { id: 'outlet-relays', find };
