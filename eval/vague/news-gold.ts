import { loadNewsGold } from '../news/articles';
import { codePointToUtf16 } from '../lib/code-points';
import type { Split } from '../gold/manifest';
import type { GoldArticle } from './gold';

/**
 * The news gold set's vague-attribution layer (eval/gold), for one split, in the form eval/vague/score.ts
 * reads (UTF-16 offsets). Empty when no article of that split is adjudicated.
 */
export function newsVagueGold(split: Split): GoldArticle[] {
  return loadNewsGold()
    .articles.filter((a) => a.split === split && a.attributions)
    .map((a) => {
      const unit = codePointToUtf16(a.text);
      const conv = (s: { start: number; end: number }) => ({
        start: unit[s.start]!,
        end: unit[s.end]!,
        text: a.text.slice(unit[s.start], unit[s.end]),
      });
      return {
        id: a.id,
        text: a.text,
        vague: a.attributions!.vague.map(conv),
        soft: a.attributions!.soft.map(conv),
        named: a.attributions!.named.map(conv),
      };
    });
}
