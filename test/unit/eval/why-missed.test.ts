import { describe, expect, it } from 'vitest';
import type { AttributionTagger } from '../../../src/analysis/attributions/learned/tagger';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { EntityType } from '../../../src/analysis/types';
import { countCauses, whyMissed, type MissedSpan } from '../../../eval/vague/why-missed';
import { entities, taggerMarking } from '../attributions/helpers';

/** The cause given for the gold span `phrase` (its first occurrence) in `text`. */
function cause(
  text: string,
  phrase: string,
  kind: MissedSpan['kind'],
  spec: [EntityType, ...string[]][] = [],
  tagger: AttributionTagger | null = null,
): string {
  const start = text.indexOf(phrase);
  const sentences = splitSentences(text);
  return whyMissed(text, sentences, entities(text, spec), tagger, [{ start, end: start + phrase.length, kind }])[0]!;
}

describe('whyMissed', () => {
  it('tells a relay, a silenced flag and a gate refusal apart', () => {
    expect(
      cause('Reuters reported that the plant will close.', 'Reuters reported', 'source', [['ORG', 'Reuters']]),
    ).toBe('flagged as an outlet relay (a badge, not scored)');
    expect(
      cause('“Officials said the plant will close,” Ina Dahl said.', 'Officials said', 'source', [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toBe("silenced: its cue in a speaker's quote");
    const examples = 'Several analysts, including Ina Dahl, fumed over the plan.';
    const marked = taggerMarking([['source', 'Several analysts']]);
    expect(cause(examples, 'Several analysts', 'source', [['PERSON', 'Ina Dahl']], marked)).toBe(
      'tagged, refused by the gate: named apposition or examples',
    );
  });
  it('names the construction of a span no rule or tagger considered', () => {
    expect(cause('Many observers were surprised by the vote.', 'Many observers were surprised', 'source')).toBe(
      'no candidate: source, no verb of saying within 5 words (attitude, perception, act), head listed',
    );
    expect(cause('He has been pilloried for years.', 'been pilloried', 'cue')).toBe(
      'no candidate: cue: wording outside the lexicon',
    );
  });
  it('counts causes, largest first', () => {
    expect(countCauses(['b', 'a', 'b'])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
