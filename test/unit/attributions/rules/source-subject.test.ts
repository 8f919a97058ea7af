import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule source-subject', () => {
  it('flags an unnamed source as the subject of a verb of saying, with the verb', () => {
    expect(ruleFlags('Two guards were hurt in the blast, officials said.')).toEqual([
      ['source-subject', 'officials said'],
    ]);
    expect(ruleFlags('Many economists say the plan will fail.')).toEqual([['source-subject', 'Many economists say']]);
  });
  it('reaches the verb across a parenthetical', () => {
    expect(ruleFlags('The cells were cold, a guard who spoke on condition of anonymity said.')).toEqual([
      ['source-subject', 'a guard who spoke on condition of anonymity said'],
    ]);
  });
  it('credits a group with a stance under "would", not with a wish', () => {
    expect(ruleFlags('Few would argue that the plan works.')).toEqual([['source-subject', 'Few would argue']]);
    expect(ruleFlags('Many voters would hope for a quick end.')).toEqual([]);
  });
  it('leaves a named person heading a coordination alone', () => {
    expect(ruleFlags('Joseph Smith and other community members protested.', [['PERSON', 'Joseph Smith']])).toEqual([]);
  });
  it('counts a document sent and a report stating its claim as speech', () => {
    expect(ruleFlags('A group of doctors sent a letter urging his removal.')).toEqual([
      ['source-subject', 'A group of doctors sent'],
    ]);
    expect(ruleFlags('Reports alleging fraud surfaced on Monday.')).toEqual([['source-subject', 'Reports alleging']]);
  });
  it('takes "the media" and "the establishment" for no one in particular, a possessive for a named maker', () => {
    expect(ruleFlags('The Russian media reported the attack.')).toEqual([
      ['source-subject', 'The Russian media reported'],
    ]);
    expect(ruleFlags('Documents from his tax return show he paid nothing.')).toEqual([]);
  });
  it('leaves objects, passives and named subjects alone', () => {
    expect(ruleFlags('The lawyer defended people accused of fraud.')).toEqual([]);
    expect(ruleFlags('Voters were told to wait.')).toEqual([]);
    expect(ruleFlags('Karl Weiss said the road is closed.', [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
});
