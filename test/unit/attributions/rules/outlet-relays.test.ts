import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule outlet-relays', () => {
  it('marks a named outlet as the source', () => {
    expect(ruleFlags('Later, Reuters writes that the deal is off.')).toEqual([['outlet-relays', 'Reuters writes']]);
    expect(ruleFlags('The plan was first reported by the Washington Post.')).toEqual([
      ['outlet-relays', 'reported by the Washington Post'],
    ]);
  });
  it('leaves an outlet that is told or interviews alone', () => {
    expect(ruleFlags('The mayor told Reuters that the plant will close.', [['PERSON', 'mayor']])).toEqual([]);
  });
});
