import { TYPES, type TokenSpan } from '../src/analysis/entities/labels';
import { nerTokens } from '../src/analysis/entities/ner-tokens';
import { splitSentences } from '../src/analysis/text/sentences';
import { codePointToUtf16 } from '../eval/lib/code-points';
import { loadNewsGold, type GoldArticle } from '../eval/news/articles';
import type { LabeledSentence } from './corpora';

/**
 * The news gold's articles as training sentences, tokenised as the recogniser tokenises a page (sentences,
 * then nerTokens), so the tagger learns modern news conventions ("Democratic" as GROUP, "(D-N.C.)") on the
 * tokens it will see. A gold mention becomes a span when it covers whole tokens of one sentence; the few
 * that do not (a mention inside a token) are left out. Documents are numbered from `firstDoc`.
 */
export function newsGoldSentences(articles: readonly GoldArticle[], firstDoc: number): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  articles.forEach((article, a) => {
    const unit = codePointToUtf16(article.text);
    const mentions = (article.mentions ?? []).map((m) => ({
      start: unit[m.start]!,
      end: unit[m.end]!,
      type: TYPES.indexOf(m.type),
    }));
    for (const sentence of splitSentences(article.text)) {
      const tokens = nerTokens(sentence);
      if (tokens.length === 0) continue;
      const spans: TokenSpan[] = [];
      for (const m of mentions) {
        const first = tokens.findIndex((t) => t.start === m.start);
        const last = tokens.findIndex((t) => t.end === m.end);
        if (first >= 0 && last >= first) spans.push({ start: first, end: last + 1, type: m.type });
      }
      spans.sort((x, y) => x.start - y.start);
      out.push({ tokens: tokens.map((t) => t.text), spans: withoutOverlaps(spans), doc: firstDoc + a });
    }
  });
  return out;
}

/** Nested gold mentions cannot both be BILOU tags: the outer one stays. */
function withoutOverlaps(spans: readonly TokenSpan[]): TokenSpan[] {
  const kept: TokenSpan[] = [];
  for (const s of spans) {
    const prev = kept[kept.length - 1];
    if (prev && s.start < prev.end) {
      if (s.end - s.start > prev.end - prev.start) kept[kept.length - 1] = s;
      continue;
    }
    kept.push(s);
  }
  return kept;
}

/** Where CoNLL's and GMB's document numbers end: the news gold's articles come after, dev's then train's. */
const FIRST_NEWS_DOC = 1_000_000;
const FIRST_TRAIN_DOC = 2_000_000;

/** One split's articles in a fixed order (by id). */
function splitArticles(articles: readonly GoldArticle[], split: GoldArticle['split']): GoldArticle[] {
  return articles.filter((a) => a.split === split).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The dev articles in K folds, fold f taken from every Kth article. */
export function foldsOf(articles: readonly GoldArticle[], k: number): GoldArticle[][] {
  const dev = splitArticles(articles, 'dev');
  return Array.from({ length: k }, (_, f) => dev.filter((_, i) => i % k === f));
}

/** The news gold's dev articles in K folds (`foldsOf`). */
export function devFolds(k: number): GoldArticle[][] {
  return foldsOf(loadNewsGold().articles, k);
}

/**
 * What a model learns of the news gold: the dev articles, all of them or (`fold` "k/K") all but fold k of K,
 * of which only every nth when `every` is n (a learning curve: fewer dev articles per model), and every article
 * of the train split, which is never scored and so is in every fold's training set.
 */
export function trainingArticles(
  articles: readonly GoldArticle[],
  fold: string,
  every: number,
): { dev: GoldArticle[]; train: GoldArticle[] } {
  const [k, of] = fold ? fold.split('/').map(Number) : [-1, 1];
  const dev = foldsOf(articles, of!)
    .filter((_, f) => f !== k)
    .flat()
    .filter((_, i) => i % every === 0);
  return { dev, train: splitArticles(articles, 'train') };
}

/** Training sentences from the news gold (`trainingArticles`), the dev ones and the train split's apart. */
export function newsGoldTraining(fold: string, every: number): { dev: LabeledSentence[]; train: LabeledSentence[] } {
  const { dev, train } = trainingArticles(loadNewsGold().articles, fold, every);
  return { dev: newsGoldSentences(dev, FIRST_NEWS_DOC), train: newsGoldSentences(train, FIRST_TRAIN_DOC) };
}
