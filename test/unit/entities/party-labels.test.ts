import { describe, expect, it } from 'vitest';
import { withPartyLabels } from '../../../src/analysis/entities/party-labels';
import type { PlacedMention } from '../../../src/analysis/entities/mentions';
import { tokenize } from '../../../src/analysis/text/tokens';

function mention(text: string, surface: string, type: PlacedMention['type']): PlacedMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, sentence: 0, first: 0, last: 0 };
}

describe('party-and-state labels', () => {
  it('marks the party a group and the state a place, replacing what the tagger made of the label', () => {
    const text = 'Rep. Jim Clyburn (D-S.C.) and Sen. Jason Chaffetz (R-Utah) spoke.';
    const out = withPartyLabels(
      text,
      [tokenize(text)],
      [
        mention(text, 'Jim Clyburn', 'PERSON'),
        mention(text, 'D-S', 'OTHER'),
        mention(text, 'Jason Chaffetz', 'PERSON'),
      ],
    );
    expect(out.map((m) => [m.text, m.type])).toEqual([
      ['Jim Clyburn', 'PERSON'],
      ['D', 'GROUP'],
      ['S.C.', 'PLACE'],
      ['Jason Chaffetz', 'PERSON'],
      ['R', 'GROUP'],
      ['Utah', 'PLACE'],
    ]);
  });

  it('leaves a parenthesis that follows no name, or holds no state, alone', () => {
    const text = 'the vote (D-Day) and the film (R-rated) and a score (D-12).';
    expect(withPartyLabels(text, [tokenize(text)], [])).toEqual([]);
  });
});
