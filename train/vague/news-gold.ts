import type { VagueCategory } from '../../eval/gold/annotation';
import { codePointToUtf16 } from '../../eval/lib/code-points';
import { loadNewsGold, type GoldArticle } from '../../eval/news/articles';
import { sentenceViews } from '../../src/analysis/attributions';
import { sentenceFeatures } from '../../src/analysis/attributions/learned/features';
import { CUE_BEGIN, CUE_INSIDE, O, SOURCE_BEGIN, SOURCE_INSIDE } from '../../src/analysis/attributions/learned/labels';
import { AUXILIARIES, SPEECH_VERBS } from '../../src/analysis/attributions/lexicon';
import { isSourceHeadWord, sourceHead } from '../../src/analysis/attributions/source-head';
import type { SentenceView } from '../../src/analysis/attributions/view';
import type { EntityRecognizer } from '../../src/analysis/entities';
import { splitSentences } from '../../src/analysis/text/sentences';
import type { Example } from './sequence-perceptron';

/** How many times each news dev sentence is repeated beside PolNeAR train (chosen by train/vague/news-cv.ts). */
export const NEWS_DEV_WEIGHT = 0;

/** How many times each sentence of the news gold's train split is repeated (news-cv.ts `--train-weights`). */
export const NEWS_TRAIN_WEIGHT = 0;

/** The news gold's adjudicated articles of a split, by id (train: for learning only, never scored). */
export function newsGoldSplit(split: 'train' | 'dev2'): GoldArticle[] {
  return loadNewsGold()
    .articles.filter((a) => a.split === split && a.attributions)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The PolNeAR train articles the news train split labels again in our conventions: trained with those
 * labels, their labels derived from PolNeAR give way, so one sentence never teaches both.
 */
export function relabelledPolnearIds(): Set<string> {
  return new Set(newsGoldSplit('train').map((a) => a.id.replace(/^polnear-/, '')));
}

// The gold's categories of a claim with no source: the tagger's cue kind; the others name a source phrase.
const CUE_CATEGORIES: ReadonlySet<VagueCategory> = new Set(['AGENTLESS', 'HEDGE_REPORT']);

// Words of the attribution around a source in a gold span ("many economists say", "according to people
// familiar", "say economists"): the source phrase is what is left between them.
const ATTRIBUTION_WORDS = new Set([...SPEECH_VERBS, ...AUXILIARIES, 'according', 'to', 'by', 'citing', ',']);

/**
 * The longest run of tokens in [from, to] that are no attribution words, up to its last word that can head
 * a source ("one study found" → "one study"): the source phrase.
 */
function sourcePhrase(view: SentenceView, from: number, to: number): readonly [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = from; i <= to; i++) {
    if (ATTRIBUTION_WORDS.has(view.words[i]!)) continue;
    let j = i;
    while (j + 1 <= to && !ATTRIBUTION_WORDS.has(view.words[j + 1]!)) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best) return null;
  let last = best[1];
  while (last > best[0] && !isSourceHeadWord(view, last)) last--;
  return [best[0], isSourceHeadWord(view, last) ? last : sourceHead(view, best[0], best[1]).coreEnd];
}

function tokenLabels(view: SentenceView, spans: { start: number; end: number; category: VagueCategory }[]): Uint8Array {
  const labels = new Uint8Array(view.words.length).fill(O);
  for (const s of spans) {
    const from = view.tokens.findIndex((t) => t.end > s.start);
    let to = view.tokens.length - 1;
    while (to >= 0 && view.tokens[to]!.start >= s.end) to--;
    if (from < 0 || to < from) continue;
    const cue = CUE_CATEGORIES.has(s.category);
    const range = cue ? ([from, to] as const) : sourcePhrase(view, from, to);
    if (!range) continue;
    const [first, last] = range;
    if (labels.subarray(first, last + 1).some((l) => l !== O)) continue;
    for (let i = first; i <= last; i++)
      labels[i] = i === first ? (cue ? CUE_BEGIN : SOURCE_BEGIN) : cue ? CUE_INSIDE : SOURCE_INSIDE;
  }
  return labels;
}

/**
 * The news gold's articles as the tagger's training sentences, read as analyzeText reads them (sentences,
 * the entity recogniser, the detector's views). A gold vague span becomes a cue (AGENTLESS, HEDGE_REPORT)
 * or the source phrase inside it (the other categories); every other token is outside, so the spans the
 * gold marks named-not-vague and the rest of the text are the negatives, soft spans included, as in the
 * labels derived from PolNeAR.
 */
export function newsGoldExamples(
  articles: readonly GoldArticle[],
  recognizer: EntityRecognizer,
  bits: number,
): Example[] {
  return articles.flatMap((article) => {
    const unit = codePointToUtf16(article.text);
    const vague = (article.attributions?.vague ?? []).flatMap((v) =>
      v.category ? [{ start: unit[v.start]!, end: unit[v.end]!, category: v.category }] : [],
    );
    const sentences = splitSentences(article.text);
    const { views } = sentenceViews(article.text, sentences, recognizer.recognize(article.text, sentences));
    return views
      .filter((v) => v.words.length > 0)
      .map((view) => ({
        ...sentenceFeatures(view, bits),
        gold: tokenLabels(
          view,
          vague.filter((s) => s.start < view.tokens[view.tokens.length - 1]!.end && s.end > view.tokens[0]!.start),
        ),
      }));
  });
}
