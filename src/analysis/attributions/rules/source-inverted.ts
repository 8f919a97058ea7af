import { candidate, type Candidate } from '../candidate';
import { classifySource } from '../heads';
import { INVERSION_OPENERS, INVERSION_VERBS, SOURCE_PHRASE_STOPS } from '../lexicon';
import { isNameToken, personNameEnd } from '../names';
import { isWord, phraseEnd, phraseStart } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

const MAX_PHRASE = 8;

/**
 * A source after its verb, as news style inverts it after a quotation or clause: "…, say economists",
 * "…, confirmed to Reuters members of the government in Baghdad". A name right after the verb
 * ("said Martin Indyk, …") makes it named.
 */
function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let v = 1; v < words.length; v++) {
    if (!INVERSION_VERBS.has(words[v]!) || !INVERSION_OPENERS.has(words[v - 1]!)) continue;
    let k = v + 1;
    // "confirmed to Reuters …": the recipient is not the source.
    if (words[k] === 'to') for (k++; k < words.length && isNameToken(view, k); k++);
    if (personNameEnd(view, k) > 0) continue;
    for (
      let h = k;
      h < words.length && h < k + MAX_PHRASE && !SOURCE_PHRASE_STOPS.has(words[h]!) && isWord(words[h]!);
      h++
    ) {
      // The source phrase starts right after the verb; a later noun belongs to the reported clause.
      if (phraseStart(view, h) > k) break;
      const source = classifySource(view, k, h, true);
      if (!source) continue;
      // A verb after the phrase makes it the subject of a reported clause ("said members will help").
      const end = phraseEnd(view, h);
      if (end >= 0) out.push(candidate(view, v, end, source, v));
      break;
    }
  }
  return out;
}

export const sourceInversions: AttributionRule = { id: 'source-inverted', find };
