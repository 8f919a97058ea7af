import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../../src/analysis/events';

describe('tenseOf', () => {
  it.each([
    ['The United States killed Soleimani in Baghdad in January.', 'past'],
    ['Shortly after, in August, he was received at the White House.', 'past'],
    ['The US presidential elections take place on November 3.', 'future'],
    ['The central bank is expected to push rates up again on Wednesday.', 'future'],
    ['The two sides will meet again in Ankara on June 21.', 'future'],
    ['He said Friday that if his candidate were to win in November, she would sign it.', 'future'],
    ['The outcome of the Nov. 8 election could be pivotal.', 'unknown'],
    ['The United Nations and the Red Cross.', 'unknown'],
  ] as const)('%s → %s', (clause, tense) => {
    expect(tenseOf(clause)).toBe(tense);
  });

  it('lets a past form just before the expression win over a future sentence', () => {
    const clause = 'A budget bill approved in February will add to the strain.';
    expect(tenseOf(clause, 'A budget bill approved ')).toBe('past');
    expect(tenseOf('The summit will be held in June.', 'The summit will be held ')).toBe('future');
  });

  it('takes the sentence’s tense when the clause has none', () => {
    const sentence = 'If the canals are dry in July, we will see people moving.';
    expect(tenseOf('If the canals are dry in July', 'If the canals are dry ', sentence)).toBe('future');
  });
});
