import { candidate, type Candidate } from '../candidate';
import { inNamedContent } from '../content';
import { classifySource, mayBeHead } from '../heads';
import { BE_FORMS, NOT_A_CLAIM, SPEECH_VERBS } from '../lexicon';
import { phraseStart, skipAuxiliaries } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * A non-restrictive relative clause credits its head with the claim wherever the head sits: "drew
 * criticism from human rights groups, who said …", "met officials, who told him …". Without the comma
 * ("voters who say …") the clause defines the group instead, and credits it with nothing.
 */

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== ',' || words[i + 1] !== 'who') continue;
    const v = skipAuxiliaries(view, i + 2);
    if (!SPEECH_VERBS.has(words[v] ?? '') || words.slice(i + 2, v).some((x) => NOT_A_CLAIM.has(x) || x.endsWith("n't")))
      continue;
    // "African Americans, who are expected to …": a passive credits the head with nothing.
    if (words.slice(i + 2, v).some((x) => BE_FORMS.has(x))) continue;
    const h = i - 1;
    if (!mayBeHead(view, h)) continue;
    const from = phraseStart(view, h);
    const source = classifySource(view, from, h);
    if (!source || (source === 'VAGUE_GROUP' && inNamedContent(view, from))) continue;
    out.push(candidate(view, from, h, source, h));
  }
  return out;
}

export const relativeSources: AttributionRule = { id: 'relative-source', find };
