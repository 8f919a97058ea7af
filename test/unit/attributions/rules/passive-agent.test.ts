import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule passive-agent', () => {
  it('flags an unnamed agent of a passive of judging or saying', () => {
    expect(ruleFlags('The move was welcomed by many analysts.')).toEqual([
      ['passive-agent', 'welcomed by many analysts'],
    ]);
  });
  it('reaches the participle across its complement in a passive of naming', () => {
    expect(ruleFlags('He has been called a charlatan by fellow physicians.')).toEqual([
      ['passive-agent', 'called a charlatan by fellow physicians'],
    ]);
    expect(ruleFlags('A man called Ali by his friends came.')).toEqual([]);
  });
  it('leaves named agents and acts alone', () => {
    expect(ruleFlags('The move was welcomed by Karl Weiss.', [['PERSON', 'Karl Weiss']])).toEqual([]);
    expect(ruleFlags('He was questioned by investigators for hours.')).toEqual([]);
  });
});
