import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule has-learned', () => {
  it('flags an outlet that has learned something', () => {
    expect(ruleFlags('Reuters has learned that the plant will close.')).toEqual([
      ['has-learned', 'Reuters has learned'],
    ]);
  });
  it('needs a named learner', () => {
    expect(ruleFlags('The plant, officials have learned, will close.')).toEqual([]);
  });
});
