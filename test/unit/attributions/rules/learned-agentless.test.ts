import { describe, expect, it } from 'vitest';
import { learnedFlags, taggerMarking } from '../helpers';

describe('rule learned-agentless', () => {
  it('flags the cues the tagger marks', () => {
    expect(learnedFlags('The mine is reckoned to reopen soon.', taggerMarking([['cue', 'is reckoned']]))).toEqual([
      ['learned-agentless', 'AGENTLESS', 'is reckoned'],
    ]);
    expect(learnedFlags('The mayor purportedly resigned.', taggerMarking([['cue', 'purportedly']]))[0]).toEqual([
      'hedges',
      'HEDGE_REPORT',
      'purportedly',
    ]);
  });
  it('is silenced by a named speaker', () => {
    const text = 'Karl Weiss said the mine is reckoned to reopen soon.';
    expect(learnedFlags(text, taggerMarking([['cue', 'is tipped']]), [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
});
