import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule relative-source', () => {
  it('flags the head of a non-restrictive relative of saying', () => {
    expect(ruleFlags('The plan drew criticism from rights groups, who said it would fail.')).toEqual([
      ['relative-source', 'rights groups'],
    ]);
  });
  it('leaves a restrictive relative, which defines the group, alone', () => {
    expect(ruleFlags('The minister met rights groups who said nothing.')).toEqual([]);
  });
});
