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
  it('leaves objects, passives and named subjects alone', () => {
    expect(ruleFlags('The lawyer defended people accused of fraud.')).toEqual([]);
    expect(ruleFlags('Voters were told to wait.')).toEqual([]);
    expect(ruleFlags('Karl Weiss said the road is closed.', [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
});
