import { describe, expect, it } from 'vitest';
import { flags as flagsOf, ruleFlags } from '../helpers';

describe('rule nominal-cues', () => {
  it('flags a claim named by a noun whose author is not', () => {
    expect(ruleFlags('The mayor resigned amid allegations of fraud.')).toEqual([['nominal-cues', 'allegations']]);
    expect(ruleFlags('He dismissed speculation that he would run.')).toEqual([['nominal-cues', 'speculation that']]);
  });
  it('calls bare or press reports secondhand, and leaves filings alone', () => {
    expect(flagsOf('The bank denied media reports that it would close.')).toEqual([
      ['SECONDHAND', 'media reports that'],
    ]);
    expect(ruleFlags('The campaign filed fundraising reports that showed a surplus.')).toEqual([]);
  });
  it('leaves claims with a named author, and claims the text points back to, alone', () => {
    expect(
      ruleFlags("The court heard Karl Weiss's claims that the vote was rigged.", [['PERSON', 'Karl Weiss']]),
    ).toEqual([]);
    expect(ruleFlags('Amid allegations by Karl Weiss, the vote was delayed.', [['PERSON', 'Karl Weiss']])).toEqual([]);
    expect(ruleFlags('He denied the allegations.')).toEqual([]);
  });
});
