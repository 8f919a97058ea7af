import { describe, expect, it } from 'vitest';
import type { VagueCategory } from '../../../eval/gold/annotation';
import type { GoldArticle } from '../../../eval/news/articles';
import { labelSpans } from '../../../src/analysis/attributions/learned/labels';
import { sentenceViews } from '../../../src/analysis/attributions';
import type { EntityRecognizer } from '../../../src/analysis/entities';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { newsGoldExamples } from '../../../train/vague/news-gold';

// No names: the labels come from the gold spans alone.
const noNames: EntityRecognizer = { recognize: () => [] };

function article(text: string, vague: [string, VagueCategory][], named: string[] = []): GoldArticle {
  const at = (s: string) => {
    const start = [...text.slice(0, text.indexOf(s))].length;
    return { start, end: start + [...s].length };
  };
  return {
    id: 'a',
    split: 'dev',
    text,
    published: null,
    mentions: null,
    events: null,
    attributions: { vague: vague.map(([s, category]) => ({ ...at(s), category })), soft: [], named: named.map(at) },
  };
}

/** Each labelled span as [kind, its words]. */
function labelled(a: GoldArticle): [string, string][] {
  const sentences = splitSentences(a.text);
  const views = sentenceViews(a.text, sentences, []).views.filter((v) => v.words.length > 0);
  return newsGoldExamples([a], noNames, 16).flatMap((ex, i) =>
    labelSpans(ex.gold).map((s): [string, string] => [
      s.kind,
      views[i]!.tokens.slice(s.from, s.to + 1)
        .map((t) => t.text)
        .join(' '),
    ]),
  );
}

describe('newsGoldExamples', () => {
  it('labels the source phrase inside a gold span, without the attribution’s own words', () => {
    const text = '🇺🇸 One study found the drug works. The plan failed, say economists. Many experts were surprised.';
    expect(
      labelled(
        article(text, [
          ['One study found', 'VAGUE_EVIDENCE'],
          ['say economists', 'VAGUE_GROUP'],
          ['Many experts', 'VAGUE_GROUP'],
        ]),
      ),
    ).toEqual([
      ['source', 'One study'],
      ['source', 'economists'],
      ['source', 'Many experts'],
    ]);
  });

  it('labels a cue whole, and leaves named spans and the rest outside', () => {
    const text = 'The deal is widely expected to pass, Ina Dahl said. It was reportedly signed.';
    expect(
      labelled(
        article(
          text,
          [
            ['is widely expected to', 'AGENTLESS'],
            ['reportedly', 'HEDGE_REPORT'],
          ],
          ['Ina Dahl said'],
        ),
      ),
    ).toEqual([
      ['cue', 'is widely expected to'],
      ['cue', 'reportedly'],
    ]);
  });
});
