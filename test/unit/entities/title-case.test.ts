import { describe, expect, it } from 'vitest';
import { isTitleCase, runningCase } from '../../../src/analysis/entities/title-case';

const lowerWords = new Set(['says', 'will', 'pay', 'heavy', 'price', 'attack', 'the', 'police', 'came']);
const split = (s: string): string[] => s.split(' ');

describe('title-case headlines', () => {
  it('lowers the common words of a title-case headline, keeping the first word and names', () => {
    expect(runningCase(split('Trump Says Iran Will Pay a Heavy Price for Attack'), lowerWords).join(' ')).toBe(
      'Trump says Iran will pay a heavy price for attack',
    );
    expect(runningCase(split('Police Says N / A'), lowerWords).join(' ')).toBe('Police Says N / A');
  });

  it('leaves running text and all-caps headlines alone', () => {
    const running = split('The Police came and said Trump will pay');
    expect(runningCase(running, lowerWords)).toBe(running);
    const caps = split('TRUMP SAYS IRAN WILL PAY');
    expect(runningCase(caps, lowerWords)).toBe(caps);
  });

  it('reads a headline quoted after a colon on its own', () => {
    expect(runningCase(split('with the headline : Trump Says Iran Will Pay'), lowerWords).join(' ')).toBe(
      'with the headline : Trump says Iran will pay',
    );
  });

  it('tells a title-case sentence: no lower-case word but articles, conjunctions and short prepositions', () => {
    expect(isTitleCase(split('Derelict Obama and Clinton ;'))).toBe(true);
    expect(isTitleCase(split('Mike Pompeo met Fuad Hussein in Baghdad on Monday .'))).toBe(false);
  });
});
