import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule unnamed-sources', () => {
  it('flags sources declared unnamed, wherever they sit', () => {
    expect(ruleFlags('The plan was discussed by unnamed officials in Geneva.')).toEqual([
      ['unnamed-sources', 'unnamed officials'],
    ]);
  });
  it('needs a source head', () => {
    expect(ruleFlags('The unnamed town sits on a hill.')).toEqual([]);
  });
});
