import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule group-phrases', () => {
  it('flags groups with no head noun', () => {
    expect(ruleFlags('There are also those who see the offer as a trap.')).toEqual([
      ['group-phrases', 'There are also those who see'],
    ]);
    expect(ruleFlags('The silence has led many to assume the talks failed.')).toEqual([
      ['group-phrases', 'has led many to assume'],
    ]);
  });
  it('needs a verb that credits a view', () => {
    expect(ruleFlags('There are many who have made commitments.')).toEqual([]);
  });
});
