import { describe, expect, it } from 'vitest';
import { shortenExtract } from '../../../src/knowledge/card';
import { keyFacts } from '../../../src/knowledge/facts';
import type { HeldPosition, WikidataItem } from '../../../src/knowledge/parsers/entities';
import { thenAndNow } from '../../../src/knowledge/then-and-now';
import { type PartialDate, parseIsoDate } from '../../../src/knowledge/wikidate';

const d = (iso: string): PartialDate => parseIsoDate(iso)!;
const TODAY = d('2026-11-25');
const labels: Record<string, string> = {
  Q1: 'Prime Minister of Iraq',
  Q2: 'Director of the Iraqi National Intelligence Service',
  Q3: 'President of Iraq',
  Q4: 'Minister of Foreign Affairs of Iraq',
  Q5: 'Deputy Prime Minister of Iraq',
};

function person(positions: Partial<HeldPosition>[], extra: Partial<WikidataItem> = {}): WikidataItem {
  return {
    qid: 'Q100',
    label: 'Someone',
    description: '',
    aliases: [],
    enwikiTitle: null,
    instanceOf: ['Q5'],
    positions: positions.map((p) => ({ qid: 'Q1', start: null, end: null, preferred: false, ...p })),
    born: null,
    died: null,
    image: null,
    countries: [],
    parties: [],
    capitalOf: [],
    ...extra,
  };
}

describe('then and now', () => {
  const kadhimi = person([
    { qid: 'Q2', start: d('2016-06'), end: d('2020-05') },
    { qid: 'Q1', start: d('2020-05-07'), end: d('2022-10-27') },
  ]);

  it('gives the office at the article date and when it ended', () => {
    expect(thenAndNow(kadhimi, labels, d('2020-10-09'), TODAY)).toBe(
      'At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022.',
    );
  });

  it('before the office: the previous one, and what came later', () => {
    expect(thenAndNow(kadhimi, labels, d('2018-03-01'), TODAY)).toBe(
      'At the time of this article (Mar 2018): Director of the Iraqi National Intelligence Service, since Jun 2016. Left office May 2020.',
    );
  });

  it('with a year-precision article date, offices of that year overlap it', () => {
    expect(thenAndNow(kadhimi, labels, d('2020'), TODAY)).toMatch(
      /^At the time of this article \(2020\): Prime Minister of Iraq/,
    );
  });

  it('after all offices: "former", until when', () => {
    expect(thenAndNow(kadhimi, labels, d('2024-02-01'), TODAY)).toBe(
      'At the time of this article (Feb 2024): former Prime Minister of Iraq (until Oct 2022).',
    );
  });

  it('an office still held says so, and a later one is "now"', () => {
    const fuad = person([
      { qid: 'Q4', start: d('2020-06-06') },
      { qid: 'Q5', start: d('2022-10-27') },
    ]);
    expect(thenAndNow(fuad, labels, d('2020-10-09'), TODAY, ['Foreign Minister'])).toBe(
      'At the time of this article (Oct 2020): Minister of Foreign Affairs of Iraq, since Jun 2020. Still in office, per Wikidata. Now: Deputy Prime Minister of Iraq, since Oct 2022.',
    );
  });

  it('prefers the office the article names when several overlap', () => {
    const both = person([
      { qid: 'Q3', start: d('2018-10-02'), end: d('2022-10-17') },
      { qid: 'Q1', start: d('2019-01-01'), end: d('2021-01-01') },
    ]);
    expect(thenAndNow(both, labels, d('2020-10-09'), TODAY, ['Iraqi President'])).toMatch(
      /: President of Iraq, since Oct 2018/,
    );
    expect(thenAndNow(both, labels, d('2020-10-09'), TODAY, ['Prime Minister'])).toMatch(
      /: Prime Minister of Iraq, since Jan 2019/,
    );
  });

  it('someone dead by the article date', () => {
    const dead = person([{ qid: 'Q3', start: d('1979-07-16'), end: d('2003-04-09') }], { died: d('2006-12-30') });
    expect(thenAndNow(dead, labels, d('2020-10-09'), TODAY)).toBe(
      'At the time of this article (Oct 2020): had died (30 Dec 2006).',
    );
  });

  it('without an article date: what they are now, or were', () => {
    expect(thenAndNow(kadhimi, labels, null, TODAY)).toBe('Former Prime Minister of Iraq (May 2020 – Oct 2022).');
    expect(thenAndNow(person([{ qid: 'Q4', start: d('2020-06-06') }]), labels, null, TODAY)).toBe(
      'Now: Minister of Foreign Affairs of Iraq, since Jun 2020.',
    );
  });

  it('says nothing when offices have no dates or no labels', () => {
    expect(thenAndNow(person([{ qid: 'Q1' }]), labels, d('2020-10-09'), TODAY)).toBeNull();
    expect(thenAndNow(person([{ qid: 'Q999', start: d('2020') }]), labels, d('2020-10-09'), TODAY)).toBeNull();
    expect(thenAndNow(person([]), labels, d('2020-10-09'), TODAY)).toBeNull();
  });
});

describe('key facts', () => {
  it('lists birth at its precision, the latest offices first, country', () => {
    const facts = keyFacts(
      person(
        [
          { qid: 'Q2', start: d('2016-06'), end: d('2020-05') },
          { qid: 'Q1', start: d('2020-05-07'), end: d('2022-10-27') },
        ],
        { born: d('1967'), countries: ['Q796'] },
      ),
      { ...labels, Q796: 'Iraq' },
    );
    expect(facts).toEqual([
      { kind: 'born', label: 'Born', value: '', when: '1967' },
      { kind: 'position', label: 'Position', value: 'Prime Minister of Iraq', when: 'May 2020 – Oct 2022' },
      {
        kind: 'position',
        label: 'Position',
        value: 'Director of the Iraqi National Intelligence Service',
        when: 'Jun 2016 – May 2020',
      },
      { kind: 'country', label: 'Country', value: 'Iraq', when: '' },
    ]);
  });
});

describe('extract', () => {
  it('is cut at a sentence or a word, never mid-word', () => {
    const text = `${'A sentence that goes on. '.repeat(30)}`;
    const short = shortenExtract(text);
    expect(short.length).toBeLessThanOrEqual(500);
    expect(short.endsWith('on.')).toBe(true);
    const oneLong = shortenExtract('word '.repeat(200).trim());
    expect(oneLong.endsWith('word…')).toBe(true);
    expect(shortenExtract('Short.')).toBe('Short.');
  });
});
