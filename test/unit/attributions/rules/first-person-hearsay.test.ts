import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule first-person-hearsay', () => {
  it("flags the writer's unattributed hearsay", () => {
    expect(ruleFlags("I'm told the deal is close.")).toEqual([['first-person-hearsay', "I'm told"]]);
    expect(ruleFlags('We have heard from residents that the water is unsafe.')).toEqual([
      ['first-person-hearsay', 'We have heard'],
    ]);
    expect(ruleFlags('I understand that talks resumed on Monday.')).toEqual([['first-person-hearsay', 'I understand']]);
  });
  it('leaves a named teller and a speaker’s quote alone', () => {
    expect(ruleFlags("We've been told by the mayor that it is safe.")).toEqual([]);
    expect(ruleFlags('We heard from him that the water is unsafe.')).toEqual([]);
    expect(
      ruleFlags('“We were told the water is safe,” Karl Weiss said.', [['PERSON', 'Karl Weiss']]).filter(
        ([rule]) => rule === 'first-person-hearsay',
      ),
    ).toEqual([]);
  });
});
