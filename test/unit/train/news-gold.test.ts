import { describe, expect, it } from 'vitest';
import { TYPES } from '../../../src/analysis/entities/labels';
import type { GoldArticle } from '../../../eval/news/articles';
import type { ScoredMention } from '../../../eval/news/entity-score';
import { newsGoldSentences } from '../../../train/news-gold';

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
