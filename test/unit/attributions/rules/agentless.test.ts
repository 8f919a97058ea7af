import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule agentless', () => {
  it('flags passives of expecting and believing with no agent', () => {
    expect(ruleFlags('The bridge is expected to open in May.')).toEqual([['agentless', 'is expected to']]);
    expect(ruleFlags('It is widely believed that the mayor will run again.')).toEqual([
      ['agentless', 'is widely believed that'],
    ]);
  });
  it('is silenced by a named speaker and by idioms', () => {
    expect(ruleFlags('Karl Weiss said the tablets were believed to be fake.', [['PERSON', 'Karl Weiss']])).toEqual([]);
    expect(ruleFlags('Prices rose faster than expected.')).toEqual([]);
  });
});
