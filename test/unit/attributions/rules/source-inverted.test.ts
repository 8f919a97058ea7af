import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule source-inverted', () => {
  it('flags a source after its verb', () => {
    expect(ruleFlags('“We are not ready,” said a senior official familiar with the talks.')).toEqual([
      ['source-inverted', 'said a senior official familiar with the talks'],
    ]);
    expect(ruleFlags('The rate cut, say economists, came too late.')).toEqual([['source-inverted', 'say economists']]);
  });
  it('leaves a name after the verb alone', () => {
    expect(ruleFlags('“The deal is fragile,” said Tomas Berg, a former envoy.', [['PERSON', 'Tomas Berg']])).toEqual(
      [],
    );
  });
});
