import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, parseIsoDate, parseWikidataTime } from '../../../src/knowledge/wikidate';

describe('Wikidata dates', () => {
  it('keeps the precision instead of inventing days', () => {
    expect(parseWikidataTime('+1977-00-00T00:00:00Z', 9)).toEqual({ year: 1977, month: null, day: null });
    expect(parseWikidataTime('+2016-06-00T00:00:00Z', 10)).toEqual({ year: 2016, month: 6, day: null });
    expect(parseWikidataTime('+2020-05-07T00:00:00Z', 11)).toEqual({ year: 2020, month: 5, day: 7 });
    expect(parseWikidataTime('-0044-03-15T00:00:00Z', 11)).toEqual({ year: -44, month: 3, day: 15 });
  });

  it('rejects decades, centuries and malformed values', () => {
    expect(parseWikidataTime('+1970-00-00T00:00:00Z', 8)).toBeNull();
    expect(parseWikidataTime('1977', 9)).toBeNull();
    expect(parseWikidataTime(undefined, 11)).toBeNull();
    expect(parseWikidataTime('+2020-05-07T00:00:00Z', '11')).toBeNull();
  });

  it('compares at the coarser precision', () => {
    const year2020 = { year: 2020, month: null, day: null };
    expect(compareDates(year2020, { year: 2020, month: 10, day: 9 })).toBe(0);
    expect(compareDates({ year: 2020, month: 5, day: 7 }, { year: 2020, month: 10, day: null })).toBe(-1);
    expect(compareDates({ year: 2022, month: 10, day: 27 }, { year: 2022, month: 10, day: 1 })).toBe(1);
  });

  it('reads article dates from ISO strings and formats at a chosen detail', () => {
    expect(parseIsoDate('2020-10-09T08:30:00Z')).toEqual({ year: 2020, month: 10, day: 9 });
    expect(parseIsoDate('2020')).toEqual({ year: 2020, month: null, day: null });
    expect(parseIsoDate('Friday')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(formatDate({ year: 2020, month: 5, day: 7 })).toBe('7 May 2020');
    expect(formatDate({ year: 2020, month: 5, day: 7 }, 'month')).toBe('May 2020');
    expect(formatDate({ year: 1946, month: null, day: null }, 'month')).toBe('1946');
    expect(formatDate({ year: -44, month: null, day: null })).toBe('44 BC');
  });
});
