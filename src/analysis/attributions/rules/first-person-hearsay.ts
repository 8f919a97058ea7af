import { candidate, type Candidate } from '../candidate';
import { ADVERBS, AUXILIARIES, FIRST_PERSON_SUBJECTS, HEARSAY_VERBS, OBJECT_PRONOUNS } from '../lexicon';
import { isNameToken } from '../names';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * The writer's own hearsay, in the first person: "we are told", "I'm told", "we hear that", "I understand
 * that", "we heard from residents". Whoever told them is not named (ANON_SOURCE); "we were told by the
 * mayor" and "we heard from him" name their source.
 */
function find(view: SentenceView): Candidate[] {
  const words = view.words;
  const out: Candidate[] = [];
  for (let s = 0; s + 1 < words.length; s++) {
    const subject = words[s]!;
    if (!FIRST_PERSON_SUBJECTS.has(subject)) continue;
    let passive = /'(?:m|re)$/.test(subject);
    let v = s + 1;
    for (; v < words.length && (AUXILIARIES.has(words[v]!) || ADVERBS.has(words[v]!)); v++) {
      if (/^(?:am|are|is|was|were|been|being|be)$/.test(words[v]!)) passive = true;
    }
    const verb = words[v] ?? '';
    const next = words[v + 1] ?? '';
    const told = verb === 'told' && passive && next !== 'by';
    const named =
      next === 'from' &&
      (isNameToken(view, v + 2) || OBJECT_PRONOUNS.has(words[v + 2] ?? '') || words[v + 2] === 'the');
    const heard = HEARSAY_VERBS.has(verb) && !passive && (next === 'that' || (next === 'from' && !named));
    if (told || heard) out.push(candidate(view, s, v, 'ANON_SOURCE', v));
  }
  return out;
}

export const firstPersonHearsay: AttributionRule = { id: 'first-person-hearsay', find };
