import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule stated-anonymity', () => {
  it('flags stated anonymity', () => {
    expect(ruleFlags('The cells, a guard who spoke on condition of anonymity recalled, were cold.')).toEqual([
      ['stated-anonymity', 'on condition of anonymity'],
    ]);
  });
  it('is silent when a person is named in the sentence', () => {
    expect(
      ruleFlags('Ina, who spoke on condition that she not be named, said the cells were cold.', [['PERSON', 'Ina']]),
    ).toEqual([]);
  });
});
