import type { GoldArticle } from '../../eval/vague/gold';
import { sentenceViews } from '../../src/analysis/attributions';
import { sentenceFeatures } from '../../src/analysis/attributions/learned/features';
import { CUE_BEGIN, CUE_INSIDE, O, SOURCE_BEGIN, SOURCE_INSIDE } from '../../src/analysis/attributions/learned/labels';
import { sourceHead } from '../../src/analysis/attributions/source-head';
import type { SentenceView } from '../../src/analysis/attributions/view';
import type { EntityRecognizer } from '../../src/analysis/entities';
import { splitSentences, type Sentence } from '../../src/analysis/text/sentences';
import type { Entity } from '../../src/analysis/types';
import { deriveLabels, type DerivedSpan } from './derive-labels';
import type { PolnearArticle } from './polnear';
import type { Example } from './sequence-perceptron';

/**
 * A PolNeAR article ready to train on and to score: the current entity recogniser's output (read at
 * training time, so the weights learn from the tagger the extension ships), the detector's sentence views,
 * the derived labels as a gold article for the eval's scorer, and one training example per sentence.
 */
export interface PreparedArticle {
  article: PolnearArticle;
  sentences: Sentence[];
  entities: Entity[];
  derived: DerivedSpan[];
  gold: GoldArticle;
  examples: Example[];
}

// A source is tagged up to the end of its core: PolNeAR's spans run on through relative clauses and
// appositions ("a source, who spoke on condition of anonymity because …"), which the scorer does not need.
function tokenLabels(view: SentenceView, derived: DerivedSpan[]): Uint8Array {
  const labels = new Uint8Array(view.words.length).fill(O);
  for (const d of derived) {
    if (d.view !== view || (d.label !== 'vague-source' && d.label !== 'agentless')) continue;
    const source = d.label === 'vague-source';
    const to = source ? sourceHead(view, d.from, d.to).coreEnd : d.to;
    if (labels.subarray(d.from, to + 1).some((l) => l !== O)) continue;
    for (let i = d.from; i <= to; i++)
      labels[i] = i === d.from ? (source ? SOURCE_BEGIN : CUE_BEGIN) : source ? SOURCE_INSIDE : CUE_INSIDE;
  }
  return labels;
}

export function goldOf(article: PolnearArticle, derived: DerivedSpan[]): GoldArticle {
  const spans = (keep: (d: DerivedSpan) => boolean) =>
    derived.filter(keep).map((d) => ({ start: d.start, end: d.end, text: article.text.slice(d.start, d.end) }));
  return {
    id: article.id,
    text: article.text,
    vague: spans((d) => d.label === 'vague-source' || d.label === 'agentless'),
    soft: spans((d) => d.label === 'soft'),
    named: spans((d) => d.label === 'named'),
  };
}

export function prepare(articles: PolnearArticle[], recognizer: EntityRecognizer, bits: number): PreparedArticle[] {
  return articles.map((article) => {
    const sentences = splitSentences(article.text);
    const entities = recognizer.recognize(article.text, sentences);
    const { views } = sentenceViews(article.text, sentences, entities);
    const derived = deriveLabels(article, views);
    const examples = views
      .filter((v) => v.words.length > 0)
      .map((view) => ({ ...sentenceFeatures(view, bits), gold: tokenLabels(view, derived) }));
    return { article, sentences, entities, derived, gold: goldOf(article, derived), examples };
  });
}
