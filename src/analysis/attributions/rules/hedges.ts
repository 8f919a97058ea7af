import { candidate, type Candidate } from '../candidate';
import { BE_FORMS, DETERMINERS, HEDGE_ADJECTIVES, HEDGE_ADVERBS, HEDGE_PASSIVES, PREPOSITIONS } from '../lexicon';
import { isWord, skipAdverbs } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Reportive hedges: "reportedly", "allegedly", "so-called", "is said to", and the attributive adjectives
 * "the alleged fraud", "a perceived bias" (after a determiner, a preposition or a possessive, before a
 * word: "who alleged fraud" and "was alleged by" are verbs).
 */
function attributive(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1] ?? '';
  const next = view.words[i + 1] ?? '';
  const leads = i === 0 || DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === "'s" || prev === ',';
  return leads && isWord(next) && !PREPOSITIONS.has(next) && next !== 'that';
}

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HEDGE_ADVERBS.has(w) || (HEDGE_ADJECTIVES.has(w) && attributive(view, i))) {
      out.push(candidate(view, i, i, 'HEDGE_REPORT'));
    } else if (BE_FORMS.has(w)) {
      const p = skipAdverbs(view, i + 1);
      if (HEDGE_PASSIVES.has(words[p] ?? '') && words[p + 1] === 'to')
        out.push(candidate(view, i, p + 1, 'HEDGE_REPORT', p));
    }
  }
  return out;
}

export const reportiveHedges: AttributionRule = { id: 'hedges', find };
