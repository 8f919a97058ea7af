import { candidate, type Candidate } from '../candidate';
import {
  AS_VERBS,
  BELIEF_VERBS,
  EXISTENTIAL_BE,
  EXISTENTIAL_GROUPS,
  LEAD_VERBS,
  LED_GROUPS,
  SPEECH_VERBS,
} from '../lexicon';
import { hasAhead, skipAuxiliaries } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Vague groups that have no head noun to anchor on: "there are also those who read …",
 * "has led many to assume", "leaving some to wonder".
 */

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] === 'there' && EXISTENTIAL_BE.has(words[i + 1]!)) {
      let j = i + 2;
      if (words[j] === 'also' || words[j] === 'still') j++;
      if (EXISTENTIAL_GROUPS.has(words[j]!) && words[j + 1] === 'who') {
        // The verb after "who" completes the phrase, and must credit a view: "there are also those who read
        // … as", not "there are many who have made commitments".
        const v = skipAuxiliaries(view, j + 2);
        const w = words[v] ?? '';
        if (SPEECH_VERBS.has(w) || (AS_VERBS.has(w) && hasAhead(view, v + 1, 'as', 8)))
          out.push(candidate(view, i, v, 'VAGUE_GROUP', j));
      }
    } else if (
      LEAD_VERBS.has(words[i]!) &&
      LED_GROUPS.has(words[i + 1]!) &&
      words[i + 2] === 'to' &&
      BELIEF_VERBS.has(words[i + 3]!)
    ) {
      const from = i > 0 && /^(?:has|have|had)$/.test(words[i - 1]!) ? i - 1 : i;
      out.push(candidate(view, from, i + 3, 'VAGUE_GROUP', i + 1));
    }
  }
  return out;
}

export const groupPhrases: AttributionRule = { id: 'group-phrases', find };
