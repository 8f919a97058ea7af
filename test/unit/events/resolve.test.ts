import { describe, expect, it } from 'vitest';
import { findTimeExpressions, parsePublished, resolveTime, type Tense } from '../../../src/analysis/events';

function resolveIn(text: string, published: string | null, tense: Tense = 'past'): string | null {
  const e = findTimeExpressions(text)[0];
  if (!e) throw new Error(`no time expression in ${text}`);
  return resolveTime(e.value, parsePublished(published), tense);
}

describe('parsePublished', () => {
  it('reads dates at their precision, keeping the local calendar date of a date-time', () => {
    expect(parsePublished('2020-10-02')).toEqual({ year: 2020, month: 10, day: 2 });
    expect(parsePublished('2020-10-02T23:30:00-04:00')).toEqual({ year: 2020, month: 10, day: 2 });
    expect(parsePublished('2020-10 (early October)')).toEqual({ year: 2020, month: 10 });
    expect(parsePublished('2020')).toEqual({ year: 2020 });
    expect(parsePublished('2020-02-30')).toEqual({ year: 2020, month: 2 });
    expect(parsePublished('yesterday')).toBeNull();
    expect(parsePublished(null)).toBeNull();
    expect(parsePublished('')).toBeNull();
  });
});

describe('resolveTime against a publication date', () => {
  const OCT_2020 = '2020-10-05'; // a Monday

  it.each([
    ['The US killed Soleimani in January.', '2020-01'],
    ['Shortly after, in August, he was received.', '2020-08'],
    ['He was received in October.', '2020-10'],
    ['Protests began in November.', '2019-11'],
    ['They met on Jan. 8.', '2020-01-08'],
    ['The ruling came on October 5.', '2020-10-05'],
    ['The law passed last year.', '2019'],
    ['It happened earlier this year.', '2020'],
    ['Legislation was introduced this month.', '2020-10'],
    ['Exports fell last month.', '2020-09'],
    ['It was founded three years ago.', '2017'],
    ['The crisis hit a decade ago.', '2010'],
    ['Two months ago, prices fell.', '2020-08'],
    ['The bridge fell 5 days ago.', '2020-09-30'],
    ['They spoke last week.', '2020-09'],
    ['He spoke yesterday.', '2020-10-04'],
    ['Voters went to the polls last fall.', '2019'],
    ['Militants seized the city in 2014.', '2014'],
    ['The deal was signed on March 3, 2019.', '2019-03-03'],
    ['Gunmen opened fire on Monday.', '2020-10-05'],
    ['Gunmen opened fire on Saturday.', '2020-10-03'],
    ['The envoy arrived last Monday.', '2020-09-28'],
    ['Exports dropped last March.', '2020-03'],
  ])('%s → %s (past)', (text, date) => {
    expect(resolveIn(text, OCT_2020)).toBe(date);
  });

  it.each([
    ['The elections take place on November 3.', '2020-11-03'],
    ['The summit will be held in February.', '2021-02'],
    ['The bank is expected to raise rates on Wednesday.', '2020-10-07'],
    ['The court will rule on Monday.', '2020-10-05'],
    ['The envoy will return next Monday.', '2020-10-12'],
    ['Talks resume tomorrow.', '2020-10-06'],
  ])('%s → %s (future)', (text, date) => {
    expect(resolveIn(text, OCT_2020, 'future')).toBe(date);
  });

  it('crosses year and month ends', () => {
    expect(resolveIn('He spoke yesterday.', '2021-01-01')).toBe('2020-12-31');
    expect(resolveIn('Exports fell last month.', '2021-01-15')).toBe('2020-12');
    expect(resolveIn('The vote will be on Jan. 5.', '2020-12-20', 'future')).toBe('2021-01-05');
    expect(resolveIn('It happened on Dec. 30.', '2021-01-03')).toBe('2020-12-30');
    expect(resolveIn('They met on Feb. 29.', '2020-03-10')).toBe('2020-02-29');
  });

  it('puts a yearless February 29 in a leap year: the one before a past clause, after a future one', () => {
    expect(resolveIn('The deal signed on Feb. 29 held.', '2021-06-10', 'past')).toBe('2020-02-29');
    expect(resolveIn('The deal signed on Feb. 29 held.', '2021-01-10', 'past')).toBe('2020-02-29');
    expect(resolveIn('The vote will be on Feb. 29.', '2023-06-10', 'future')).toBe('2024-02-29');
    expect(resolveIn('The vote is on Feb. 29.', '2023-12-10', 'unknown')).toBe('2024-02-29');
    expect(resolveIn('The vote was on Feb. 29.', '2021-03-01', 'unknown')).toBe('2020-02-29');
    expect(resolveIn('They met last Feb. 29.', '2021-06-10', 'unknown')).toBe('2020-02-29');
  });

  it('uses what a month-precision publication date allows', () => {
    expect(resolveIn('He was received in August.', '2020-10')).toBe('2020-08');
    expect(resolveIn('The law passed last year.', '2020-10')).toBe('2019');
    expect(resolveIn('Gunmen opened fire on Monday.', '2020-10')).toBeNull();
    expect(resolveIn('He spoke yesterday.', '2020-10')).toBeNull();
  });

  it('resolves only absolute dates without a publication date', () => {
    expect(resolveIn('Militants seized the city in 2014.', null)).toBe('2014');
    expect(resolveIn('The deal was signed on March 3, 2019.', null)).toBe('2019-03-03');
    expect(resolveIn('The dam was finished in March 2019.', null)).toBe('2019-03');
    expect(resolveIn('The US killed Soleimani in January.', null)).toBeNull();
    expect(resolveIn('The law passed last year.', null)).toBeNull();
    expect(resolveIn('It was founded three years ago.', null)).toBeNull();
    expect(resolveIn('Gunmen opened fire on Monday.', null)).toBeNull();
  });
});
