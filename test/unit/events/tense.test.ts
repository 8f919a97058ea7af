import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../../src/analysis/events';

describe('tenseOf', () => {
  it.each([
    ['The United States killed Soleimani in Baghdad in January.', 'past'],
    ['Shortly after, in August, he was received at the White House.', 'past'],
    ['The US presidential elections take place on November 3.', 'future'],
    ['The central bank is expected to push rates up again on Wednesday.', 'future'],
    ['The two sides will meet again in Ankara on June 21.', 'future'],
    ['Most voters expect the mayor to win the vote on Monday.', 'future'],
    ['The governor vows to veto the bill in March.', 'future'],
    ['The governor vowed to veto the bill in March.', 'past'],
    ['The outcome of the Nov. 8 election could be pivotal.', 'unknown'],
    ['The United Nations and the Red Cross.', 'unknown'],
  ] as const)('%s → %s', (clause, tense) => {
    expect(tenseOf(clause)).toBe(tense);
  });

  it('reads a reported conditional as future', () => {
    const clause = 'He said Friday that if his candidate were to win in November, she would sign it.';
    expect(tenseOf(clause, 'He said Friday that if his candidate were to win ')).toBe('future');
  });

  it('lets a past form just before the expression win over a future sentence', () => {
    const clause = 'A budget bill approved in February will add to the strain.';
    expect(tenseOf(clause, 'A budget bill approved ')).toBe('past');
    expect(tenseOf('The summit will be held in June.', 'The summit will be held ')).toBe('future');
  });

  it('reads the verb after a fronted time, not a future in a relative clause after it', () => {
    const clause = 'On Wednesday night, the president portrayed him as a man who would govern by division.';
    expect(tenseOf(clause, 'On ')).toBe('past');
    expect(tenseOf('On Monday, the revised plan will be unveiled.', 'On ')).toBe('future');
  });

  it('takes the sentence’s tense when the clause has none', () => {
    const sentence = 'If the canals are dry in July, we will see people moving.';
    expect(tenseOf('If the canals are dry in July', 'If the canals are dry ', sentence)).toBe('future');
    const interview = 'During a May interview on CNBC, Trump said it would be a good idea.';
    expect(tenseOf('During a May interview on CNBC', 'During a ', interview)).toBe('past');
  });
});
