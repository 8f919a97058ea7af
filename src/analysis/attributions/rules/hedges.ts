import { candidate } from '../candidate';
import { BE_FORMS, HEDGE_ADVERBS, HEDGE_PASSIVES } from '../lexicon';
import { skipAdverbs } from '../phrase';
import type { SentenceView } from '../view';
import type { RuleContext } from './context';

/** Reportive hedges: "reportedly", "allegedly", "so-called", "is said to". */
export function reportiveHedges(view: SentenceView, ctx: RuleContext): void {
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HEDGE_ADVERBS.has(w)) {
      ctx.out.push(candidate(view, i, i, 'HEDGE_REPORT'));
    } else if (BE_FORMS.has(w)) {
      const p = skipAdverbs(view, i + 1);
      if (HEDGE_PASSIVES.has(words[p] ?? '') && words[p + 1] === 'to') ctx.out.push(candidate(view, i, p + 1, 'HEDGE_REPORT', p));
    }
  }
}
