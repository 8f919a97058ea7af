import { candidate, type Candidate } from '../candidate';
import { ANON_HEADS, BE_FORMS, GROUP_HEADS, HEDGE_ADVERBS, HEDGE_PASSIVES } from '../lexicon';
import { skipAdverbs } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/** Reportive hedges: "reportedly", "allegedly", "so-called", "is said to". */
function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'so-called') {
      // Mostly a term's introduction ("so-called carried interest"); a hedge when it doubts a group's label.
      if (words.slice(i + 1, i + 4).some((x) => GROUP_HEADS.has(x) || ANON_HEADS.has(x)))
        out.push(candidate(view, i, i, 'HEDGE_REPORT'));
    } else if (HEDGE_ADVERBS.has(w)) {
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
