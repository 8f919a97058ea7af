import { sentenceViews } from '../../src/analysis/attributions';
import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { splitSentences } from '../../src/analysis/text/sentences';
import { goldOf } from '../../train/vague/dataset';
import { deriveLabels } from '../../train/vague/derive-labels';
import { polnearAvailable, readPolnear, type PolnearSplit } from '../../train/vague/polnear';
import type { Recognize } from './entities';
import type { GoldArticle } from './gold';
import { score, type Score, type Span } from './score';
import { flagsOf, VARIANTS } from './variants';

/**
 * The detector's variants scored against labels derived from PolNeAR's annotations (train/vague/README.md).
 * Only aggregate figures are returned: PolNeAR dev holds the articles of the team's frozen test split, so
 * its errors are never printed.
 */
export function polnearDerived(
  split: PolnearSplit,
  recognize: Recognize | null,
  tagger: AttributionTagger | null,
): { articles: number; spans: number; scores: Map<string, Score> } | null {
  if (!polnearAvailable(split)) return null;
  const gold: GoldArticle[] = [];
  const predictions = new Map(Object.keys(VARIANTS).map((v) => [v, new Map<string, Span[]>()]));
  for (const article of readPolnear(split)) {
    const sentences = splitSentences(article.text);
    const entities = recognize ? recognize(article.text) : [];
    const { views } = sentenceViews(article.text, sentences, entities);
    gold.push(goldOf(article, deriveLabels(article, views)));
    for (const variant of Object.keys(VARIANTS))
      predictions.get(variant)!.set(article.id, flagsOf(variant, article.text, entities, tagger, sentences));
  }
  const scores = new Map([...predictions].map(([v, p]) => [v, score(gold, p)]));
  return { articles: gold.length, spans: gold.reduce((n, g) => n + g.vague.length, 0), scores };
}
