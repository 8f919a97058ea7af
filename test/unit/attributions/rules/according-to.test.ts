import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule according-to', () => {
  it('flags unnamed people and unidentified evidence', () => {
    expect(ruleFlags('The merger will be announced on Friday, according to people familiar with the matter.')).toEqual([
      ['according-to', 'according to people familiar with the matter'],
    ]);
    expect(ruleFlags('According to a study, the drug works.')).toEqual([['according-to', 'According to a study']]);
  });
  it('marks a named outlet as a relay and leaves a named person alone', () => {
    expect(ruleFlags('The deal is off, according to Bloomberg.')).toEqual([['according-to', 'according to Bloomberg']]);
    expect(ruleFlags('The deal is off, according to Ina Dahl.', [['PERSON', 'Ina Dahl']])).toEqual([]);
  });
  it('leaves evidence with a named maker or named examples alone', () => {
    expect(ruleFlags('Turnout fell, according to exit polls reported previously by the Nordic Herald.')).toEqual([]);
    expect(ruleFlags('Voss leads, according to three polls, including one from Halden University.')).toEqual([]);
    expect(ruleFlags('Voss leads, according to three polls reported on Tuesday.')).toEqual([
      ['according-to', 'according to three polls'],
    ]);
  });
});
