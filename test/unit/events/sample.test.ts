import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../../src/cli/sample/article';
import { FOLLOW_UP } from '../../../src/cli/sample/follow-up';
import { extractEvents } from '../../../src/analysis/events';
import { detectLanguage } from '../../../src/analysis/language';
import { splitSentences } from '../../../src/analysis/text/sentences';

function datesOf(article: typeof SAMPLE): string[] {
  return extractEvents(article.text, splitSentences(article.text), [], article.published).map((e) => e.date);
}

describe('the bundled samples', () => {
  it('are English wire stories of the intended length, the follow-up published later', () => {
    const words = SAMPLE.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1000);
    expect(detectLanguage(SAMPLE.text)).toBe('en');
    expect(detectLanguage(FOLLOW_UP.text)).toBe('en');
    expect(SAMPLE.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(FOLLOW_UP.published > SAMPLE.published).toBe(true);
  });

  it('carry their earlier and scheduled events', () => {
    expect(datesOf(SAMPLE)).toEqual(
      expect.arrayContaining(['2021-06-13', '2019-03', '2018', '2020', '2014-08', '2021-01-08', '2021-06-21']),
    );
    expect(datesOf(FOLLOW_UP)).toEqual(expect.arrayContaining(['2021-09-01', '2021-06', '2021-08-30', '2021-09-15']));
  });

  it('leave vague times off the timeline', () => {
    const text = `${SAMPLE.text}\n\nThe minister has recently spoken to reporters.`;
    expect(extractEvents(text, splitSentences(text), [], SAMPLE.published)).toHaveLength(datesOf(SAMPLE).length);
  });
});
