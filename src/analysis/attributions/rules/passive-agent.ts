import { candidate, type Candidate } from '../candidate';
import { classifySource } from '../heads';
import {
  ADVERBS,
  AGENTLESS_PARTICIPLES,
  AS_VERBS,
  BE_FORMS,
  CALL_VERBS,
  EVIDENCE_VERBS,
  JUDGEMENT_VERBS,
  NOT_CLAIM_PARTICIPLES,
  SPEECH_VERBS,
  THAT_VERBS,
  WIDELY_JUDGED,
} from '../lexicon';
import { isWord, phraseStart } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * An unnamed agent of a passive of saying, believing or judging: "was welcomed by many analysts", "is
 * opposed by some lawmakers", "has been called a charlatan by fellow physicians". The agent is the source, and its
 * category is the agent's; a named agent ("criticized by the mayor") is no flag.
 */
const MAX_AGENT = 7;

function isClaimParticiple(w: string): boolean {
  if (NOT_CLAIM_PARTICIPLES.has(w) || !/(?:ed|en|wn|said|told|thought|felt|seen|held|understood|found)$/.test(w))
    return false;
  return [
    AGENTLESS_PARTICIPLES,
    WIDELY_JUDGED,
    JUDGEMENT_VERBS,
    SPEECH_VERBS,
    THAT_VERBS,
    EVIDENCE_VERBS,
    AS_VERBS,
  ].some((list) => list.has(w));
}

// The participle right before "by" (or an adverb before it), or, for a verb with an object complement, a few
// words before ("called a charlatan by fellow physicians", "described as reckless by some").
const MAX_COMPLEMENT = 3;
function participleBefore(view: SentenceView, by: number): number {
  const words = view.words;
  const p = ADVERBS.has(words[by - 1]!) ? by - 2 : by - 1;
  if (p >= 0 && isClaimParticiple(words[p]!)) return p;
  for (let q = by - 2; q >= 0 && q >= by - 1 - MAX_COMPLEMENT && isWord(words[q]!); q--) {
    // A passive of naming or describing is a judgement with its complement; "a man called Ali" is no passive.
    if (CALL_VERBS.has(words[q]!) || AS_VERBS.has(words[q]!))
      return /(?:ed|en)$/.test(words[q]!) && BE_FORMS.has(words[ADVERBS.has(words[q - 1]!) ? q - 2 : q - 1] ?? '')
        ? q
        : -1;
  }
  return -1;
}

function find(view: SentenceView): Candidate[] {
  const words = view.words;
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'by') continue;
    const p = participleBefore(view, i);
    if (p < 0) continue;
    for (let h = i + 1; h < words.length && h <= i + MAX_AGENT && isWord(words[h]!); h++) {
      const source = classifySource(view, Math.max(i + 1, phraseStart(view, h)), h, true);
      if (!source) continue;
      out.push(candidate(view, p, h, source, h));
      break;
    }
  }
  return out;
}

export const passiveAgents: AttributionRule = { id: 'passive-agent', find };
