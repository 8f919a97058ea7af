import { describe, expect, it } from 'vitest';
import { TYPES } from '../../../src/analysis/entities/labels';
import type { GoldArticle } from '../../../eval/news/articles';
import type { ScoredMention } from '../../../eval/news/entity-score';
import { foldsOf, newsGoldSentences, trainingArticles } from '../../../train/news-gold';

function article(text: string, mentions: [string, ScoredMention['type'], number?][]): GoldArticle {
  const points = [...text];
  return {
    id: 'a',
    split: 'dev',
    text,
    published: null,
    attributions: null,
    events: null,
    mentions: mentions.map(([name, type, from = 0]) => {
      const start = [...text.slice(0, text.indexOf(name, from))].length;
      expect(start).toBeLessThan(points.length);
      return { start, end: start + [...name].length, type, entity: name };
    }),
  };
}

describe('newsGoldSentences', () => {
  it('turns gold mentions into token spans of the tagger’s sentences, offsets in code points', () => {
    const text = 'Sen. Elizabeth Warren 🇺🇸 met Democratic leaders.\n\nThe GOP said no.';
    const [first, second] = newsGoldSentences(
      [
        article(text, [
          ['Elizabeth Warren', 'PERSON'],
          ['Democratic', 'GROUP'],
          ['GOP', 'ORG'],
        ]),
      ],
      7,
    );
    const named = (s: typeof first) => s!.spans.map((x) => [s!.tokens.slice(x.start, x.end).join(' '), TYPES[x.type]]);
    expect(named(first)).toEqual([
      ['Elizabeth Warren', 'PERSON'],
      ['Democratic', 'GROUP'],
    ]);
    expect(named(second)).toEqual([['GOP', 'ORG']]);
    expect(first!.doc).toBe(7);
  });

  it('leaves out a mention inside a token and keeps the outer one of nested mentions', () => {
    const text = 'Pro-Trump groups met the Bank of England staff.';
    const [sentence] = newsGoldSentences(
      [
        article(text, [
          ['Trump', 'PERSON'],
          ['Bank of England', 'ORG'],
          ['England', 'PLACE'],
        ]),
      ],
      0,
    );
    expect(sentence!.spans.map((x) => sentence!.tokens.slice(x.start, x.end).join(' '))).toEqual(['Bank of England']);
  });
});

describe('trainingArticles', () => {
  const made = (id: string, split: GoldArticle['split']): GoldArticle => ({ ...article('x', []), id, split });
  const gold = [
    made('t2', 'train'),
    ...['d5', 'd3', 'd1', 'd4', 'd2', 'd6'].map((id) => made(id, 'dev')),
    made('x1', 'dev2'),
    made('x2', 'test'),
    made('t1', 'train'),
  ];
  const ids = (xs: readonly GoldArticle[]) => xs.map((a) => a.id);

  it('learns every dev and train article, never dev2 or test', () => {
    const { dev, train } = trainingArticles(gold, '', 1);
    expect(ids(dev)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    expect(ids(train)).toEqual(['t1', 't2']);
  });

  it('leaves out the held-out dev fold but keeps the train split in every fold', () => {
    expect(ids(foldsOf(gold, 3)[1]!)).toEqual(['d2', 'd5']);
    for (const k of [0, 1, 2]) {
      const { dev, train } = trainingArticles(gold, `${k}/3`, 1);
      expect(ids(dev)).toEqual(ids(foldsOf(gold, 3).flatMap((f, i) => (i === k ? [] : f))));
      expect(ids(train)).toEqual(['t1', 't2']);
    }
  });

  it('keeps every nth of the other folds’ dev articles for a learning curve', () => {
    expect(ids(trainingArticles(gold, '0/3', 2).dev)).toEqual(['d2', 'd3']);
  });
});
