import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../../src/analysis/events';

function one(text: string) {
  const found = findTimeExpressions(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findTimeExpressions', () => {
  it.each([
    [
      'The deal was signed on March 3, 2019, in Geneva.',
      'on March 3, 2019',
      { kind: 'absolute', year: 2019, month: 3, day: 3 },
    ],
    ['They met on Jan. 8, 2020.', 'on Jan. 8, 2020', { kind: 'absolute', year: 2020, month: 1, day: 8 }],
    [
      'Talks resumed on 3 November 2021 in Ankara.',
      'on 3 November 2021',
      { kind: 'absolute', year: 2021, month: 11, day: 3 },
    ],
    ['The dam was finished in March 2019.', 'in March 2019', { kind: 'absolute', year: 2019, month: 3 }],
    ['Rates rose in December of 2015.', 'in December of 2015', { kind: 'absolute', year: 2015, month: 12 }],
    ['Militants seized the city in 2014.', 'in 2014', { kind: 'absolute', year: 2014 }],
    ['The plant closed in early 2019.', 'in early 2019', { kind: 'absolute', year: 2019 }],
    ['Prices fell in mid-2019 and recovered.', 'in mid-2019', { kind: 'absolute', year: 2019 }],
    ['The floods of the summer of 2014 were worse.', 'of the summer of 2014', { kind: 'absolute', year: 2014 }],
    ['The report came out 2019-03-05 at noon.', '2019-03-05', { kind: 'absolute', year: 2019, month: 3, day: 5 }],
    ['Soldiers were killed in January.', 'in January', { kind: 'month', month: 1 }],
    ['The vote is on November 3.', 'on November 3', { kind: 'month', month: 11, day: 3 }],
    ['They met on Jan. 8 in Baghdad.', 'on Jan. 8', { kind: 'month', month: 1, day: 8 }],
    ['The council met on 12 June.', 'on 12 June', { kind: 'month', month: 6, day: 12 }],
    ['Exports dropped last March.', 'last March', { kind: 'month', month: 3, which: 'last' }],
    ['The law passed last year.', 'last year', { kind: 'relative', unit: 'year', amount: -1 }],
    ['The tax cuts passed late last year.', 'late last year', { kind: 'relative', unit: 'year', amount: -1 }],
    [
      'Legislation was introduced earlier this month.',
      'earlier this month',
      { kind: 'relative', unit: 'month', amount: 0 },
    ],
    ['He resigned three years ago.', 'three years ago', { kind: 'relative', unit: 'year', amount: -3 }],
    ['We exported a crisis a decade ago.', 'a decade ago', { kind: 'relative', unit: 'year', amount: -10 }],
    [
      'Seventy-four years ago, a naval battle changed the war.',
      'Seventy-four years ago',
      { kind: 'relative', unit: 'year', amount: -74 },
    ],
    ['The bridge collapsed 5 days ago.', '5 days ago', { kind: 'relative', unit: 'day', amount: -5 }],
    ['The ministry confirmed it yesterday.', 'yesterday', { kind: 'relative', unit: 'day', amount: -1 }],
    ['Last fall, voters elected a new parliament.', 'Last fall', { kind: 'season', offset: -1 }],
    ['The survey ran from Sept. 19 to 22.', 'from Sept. 19 to 22', { kind: 'month', month: 9 }],
    ['The fair was held March 3-5, 2019.', 'March 3-5, 2019', { kind: 'absolute', year: 2019, month: 3 }],
    ['Talks stalled in the summer.', 'in the summer', { kind: 'bare-season', starts: 6 }],
    ['Prices rose over the late winter.', 'over the late winter', { kind: 'bare-season', starts: 12 }],
    ["The mayor's late-summer slump hurt him.", 'late-summer', { kind: 'bare-season', starts: 6 }],
    [
      'It began more than a year ago, when he released his plan.',
      'more than a year ago',
      { kind: 'relative', unit: 'year', amount: -1 },
    ],
    ['Video surfaced this past weekend.', 'this past weekend', { kind: 'weekend', which: 'last' }],
    ['The rally takes place this weekend.', 'this weekend', { kind: 'weekend' }],
    ['Even Friday, he claimed it was over.', 'Friday', { kind: 'weekday', weekday: 5 }],
    ['They voted on Tuesday, Nov. 8.', 'on Tuesday, Nov. 8', { kind: 'month', month: 11, day: 8 }],
    ['Friday, December 4, 2015.', 'Friday, December 4, 2015', { kind: 'absolute', year: 2015, month: 12, day: 4 }],
    ['Two days later, he resigned.', 'Two days later', { kind: 'anaphoric', unit: 'day', amount: 2 }],
    ['A year earlier, he had won.', 'A year earlier', { kind: 'anaphoric', unit: 'year', amount: -1 }],
    ['Hours later, Intel canceled it.', 'Hours later', { kind: 'anaphoric', unit: 'day', amount: 0 }],
    ['He spoke the next day.', 'the next day', { kind: 'anaphoric', unit: 'day', amount: 1 }],
    ['He raised $4 million that day.', 'that day', { kind: 'anaphoric', unit: 'day', amount: 0 }],
    ['He was on TV the day before.', 'the day before', { kind: 'anaphoric', unit: 'day', amount: -1 }],
    ['He spoke earlier in the day.', 'earlier in the day', { kind: 'anaphoric', unit: 'day', amount: 0 }],
    ['Gunmen opened fire on Wednesday.', 'on Wednesday', { kind: 'weekday', weekday: 3 }],
    ['The minister said Tuesday that talks would go on.', 'Tuesday', { kind: 'weekday', weekday: 2 }],
    ['The envoy arrived last Monday.', 'last Monday', { kind: 'weekday', weekday: 1, which: 'last' }],
    ['The first debate is in 10 days.', 'in 10 days', { kind: 'relative', unit: 'day', amount: 10 }],
    ['Parliament rises in a fortnight.', 'in a fortnight', { kind: 'relative', unit: 'week', amount: 2 }],
    ['They vote in three months.', 'in three months', { kind: 'relative', unit: 'month', amount: 3 }],
  ])('%s', (text, expected, value) => {
    const e = one(text);
    expect(e.text).toBe(expected);
    expect(text.slice(e.start, e.end)).toBe(expected);
    expect(e.value).toEqual(value);
    expect(e.vague).toBe(false);
  });

  it.each([
    ['He issued a statement a few days ago.', 'a few days ago', 'day'],
    ['Several weeks ago, he changed his mind.', 'Several weeks ago', 'week'],
    ['They met a couple of months ago.', 'a couple of months ago', 'month'],
  ])('counts a small vague number back roughly: %s', (text, expected, unit) => {
    const e = one(text);
    expect(e.text).toBe(expected);
    expect(e.value).toEqual({ kind: 'relative', unit, amount: -3, roughly: true });
    expect(e.vague).toBe(false);
  });

  it.each([
    ['Six people were hurt today.', 'today'],
    ['Ten people were hurt tonight.', 'tonight'],
    ["Tonight's vote was close.", "Tonight's"],
    ['She landed earlier this morning.', 'earlier this morning'],
  ])('reads the speaker’s day: %s', (text, expected) => {
    const e = one(text);
    expect(e.text).toBe(expected);
    expect(e.value).toEqual({ kind: 'relative', unit: 'day', amount: 0 });
    expect(e.deictic).toBe(true);
  });

  it('takes no season for a fall that is not one', () => {
    expect(findTimeExpressions('Historians studied the fall of Rome.')).toEqual([]);
    expect(findTimeExpressions('Traders blamed the fall in prices.')).toEqual([]);
  });

  it('takes neither "USA TODAY" nor the present age of "today\'s" for a day', () => {
    expect(findTimeExpressions('He told USA TODAY about it.')).toEqual([]);
    expect(findTimeExpressions("Today's voters are younger.")).toEqual([]);
  });

  it.each([
    'Pompeo repeated the warning over the past few days.',
    'He has made a big deal in the last week about it.',
    'The two sides have recently met.',
    'Attacks have grown in recent weeks.',
    'Officials met several years ago.',
    'Officials met many weeks ago.',
    'Weeks later, the rule changed.',
    'Two days after the attacks, his tone changed.',
    'He spoke soon after the murder.',
  ])('marks imprecise periods as vague: %s', (text) => {
    expect(one(text).vague).toBe(true);
  });

  it('finds no date in an impossible one, not even a yearless part of it', () => {
    for (const text of [
      'It was signed on Feb. 29, 2019.',
      'It was signed on 29 February 2019.',
      'On April 31 they met.',
      'It was signed on Friday, Feb. 29, 2019.',
    ])
      expect(findTimeExpressions(text)).toEqual([]);
    expect(one('It was signed on Feb. 29, 2020.').value).toEqual({ kind: 'absolute', year: 2020, month: 2, day: 29 });
    expect(one('It was signed on Feb. 29, 2000.').value).toEqual({ kind: 'absolute', year: 2000, month: 2, day: 29 });
    expect(findTimeExpressions('It was signed on Feb. 29, 1900.')).toEqual([]);
  });

  it('records the preposition and times that modify a noun', () => {
    expect(one('He has covered economics since 2012.').preposition).toBe('since');
    expect(one('He has covered economics since 2012.').attributive).toBe(false);
    expect(one('He called last year’s tax bill the worst.').attributive).toBe(true);
    expect(one("Rachid Ghannouchi condemned Wednesday's attack.").attributive).toBe(true);
  });

  it.each([
    ['The CFPB was created by the 2010 Dodd-Frank law.', '2010', { kind: 'absolute', year: 2010 }],
    ['A 2014 study found nothing.', '2014', { kind: 'absolute', year: 2014 }],
    ['Leaks from Trump’s 1995 tax return show a loss.', '1995', { kind: 'absolute', year: 1995 }],
    ['It came after the entire 2012 election cycle.', '2012', { kind: 'absolute', year: 2012 }],
    ['The agency said so in a June report.', 'June', { kind: 'month', month: 6 }],
  ])('finds a time that modifies a noun: %s', (text, expected, value) => {
    const e = one(text);
    expect(e.text).toBe(expected);
    expect(e.value).toEqual(value);
    expect(e.attributive).toBe(true);
  });

  it('finds a year before a quoted name', () => {
    const e = one('The plan was part of his 1998 “Pledge to Voters.”');
    expect(e.text).toBe('1998');
    expect(e.attributive).toBe(true);
  });

  it('finds both years of "her 2000 and 2006 Senate races"', () => {
    const found = findTimeExpressions('She debated them in her 2000 and 2006 Senate races.');
    expect(found.map((e) => [e.text, e.attributive])).toEqual([
      ['2000', true],
      ['2006', true],
    ]);
  });

  it.each([
    'The bill raised spending by $300 billion over two years.',
    'The minister may resign.',
    'He will march on the capital.',
    'In 2,000 villages, the water ran out.',
    'He wrote for the Sunday Business section.',
    'Crowds gathered on Good Friday.',
    'Unemployment stood at 12.5 percent.',
    'Room 2014 was empty.',
    'They joined the March on Washington.',
    'The 2000 was a good model.',
  ])('finds nothing in: %s', (text) => {
    expect(findTimeExpressions(text)).toEqual([]);
  });

  it('prefers the longest expression and keeps offsets in UTF-16 units', () => {
    const text = '🇮🇶 On Jan. 8, 2020, Iran fired missiles; in March, talks began.';
    const found = findTimeExpressions(text);
    expect(found.map((e) => e.text)).toEqual(['On Jan. 8, 2020', 'in March']);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('searches only the given range', () => {
    const text = 'In 2014 one thing. In 2015 another.';
    expect(findTimeExpressions(text, 19).map((e) => e.text)).toEqual(['In 2015']);
  });
});
