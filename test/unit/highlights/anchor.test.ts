import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../src/highlights/index.ts';
import { ARTICLE } from './article.ts';

function select(text: string, phrase: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  if (start === -1) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length, selectors: describe(text, start, start + phrase.length) };
}

const QUOTE = 'the levy would fall hardest on small businesses along the quay';

group('describe', () => {
  it('stores the exact text, 32 characters of context and the offsets', () => {
    const { start, end, selectors } = select(ARTICLE, QUOTE);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(end, end + 32),
    });
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('shortens context at the edges of the text', () => {
    const { quote } = describe(ARTICLE, 0, 7);
    expect(quote.exact).toBe('Harbour');
    expect(quote.prefix).toBe('');
    const last = describe(ARTICLE, ARTICLE.length - 6, ARTICLE.length);
    expect(last.quote.suffix).toBe('');
  });

  it('does not cut a surrogate pair in half', () => {
    const text = `${'x'.repeat(10)}🌊${'y'.repeat(31)}QUOTE${'z'.repeat(31)}🌊tail`;
    const start = text.indexOf('QUOTE');
    const { quote } = describe(text, start, start + 5);
    expect(quote.prefix).toBe('y'.repeat(31));
    expect(quote.suffix).toBe('z'.repeat(31));
    expect(quote.prefix + quote.exact + quote.suffix).toBe(`${'y'.repeat(31)}QUOTE${'z'.repeat(31)}`);
  });

  it('rejects empty and out-of-range selections', () => {
    expect(() => describe(ARTICLE, 5, 5)).toThrow(RangeError);
    expect(() => describe(ARTICLE, -1, 5)).toThrow(RangeError);
    expect(() => describe(ARTICLE, 0, ARTICLE.length + 1)).toThrow(RangeError);
    expect(() => describe(ARTICLE, 1.5, 4)).toThrow(RangeError);
  });
});

group('anchor', () => {
  it('finds an unchanged quote at its stored position', () => {
    const { start, end, selectors } = select(ARTICLE, QUOTE);
    expect(anchor(ARTICLE, selectors)).toEqual({ start, end, method: 'position' });
  });

  it('round-trips every sentence of the article', () => {
    for (const sentence of ARTICLE.split(/(?<=[.!?"])\s+/)) {
      const { start, end, selectors } = select(ARTICLE, sentence);
      expect(anchor(ARTICLE, selectors)).toEqual({ start, end, method: 'position' });
    }
  });

  it('finds the quote by its text when text was inserted before it', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = `UPDATE, 9.40pm: This article has been updated with comment from the mayor.\n\n${ARTICLE}`;
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('exact');
    expect(updated.slice(found!.start, found!.end)).toBe(QUOTE);
    expect(found!.start).toBe(updated.indexOf(QUOTE));
  });

  it('follows the quote when a word inside it changed', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = ARTICLE.replace('small businesses along', 'independent shops along');
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(updated.slice(found!.start, found!.end)).toBe(
      'the levy would fall hardest on independent shops along the quay',
    );
  });

  it('follows the quote when only whitespace changed', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = ARTICLE.replace('fall hardest on small', 'fall\n      hardest\u00a0on  small');
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(updated.slice(found!.start, found!.end)).toBe(
      'the levy would fall\n      hardest\u00a0on  small businesses along the quay',
    );
  });

  it('ignores soft hyphens and zero-width spaces the site added', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = ARTICLE.replace('businesses', 'busi\u00adnesses').replace('along the', 'along\u200b the');
    const found = anchor(updated, selectors);
    expect(updated.slice(found!.start, found!.end)).toBe(
      'the levy would fall hardest on small busi\u00adnesses along\u200b the quay',
    );
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const phrase = 'said the city could no longer afford to wait';
    const { selectors } = select(ARTICLE, phrase);
    // A pull-quote repeating the phrase is added near the top, which also moves the original.
    const updated = ARTICLE.replace(
      'By Mira Castellanos',
      `Key quote: the mayor ${phrase}, in a speech on Tuesday.\n\nBy Mira Castellanos`,
    );
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('exact');
    expect(found!.start).toBe(updated.indexOf(phrase, updated.indexOf('Mayor Elena Duarte')));
  });

  it('picks the right one of repeated short quotes after an edit moved them', () => {
    // "the barrier" occurs three times; highlight the second one.
    expect(ARTICLE.split('the barrier')).toHaveLength(4);
    const { selectors } = select(ARTICLE, 'the barrier', 1);
    const updated = ARTICLE.replace(
      'Officials said construction',
      'Officials, speaking on condition of anonymity, said construction',
    );
    const found = anchor(updated, selectors);
    const second = updated.indexOf('the barrier', updated.indexOf('the barrier') + 1);
    expect(found).toEqual({ start: second, end: second + 'the barrier'.length, method: 'exact' });
  });

  it('does not trust a short quote at its old offset when its neighbours changed', () => {
    const text = 'The council approved the levy on Monday. Critics say the levy is unfair to shop owners.';
    const first = text.indexOf('levy');
    const { start, selectors } = select(text, 'levy', 1);
    // Text inserted at the top moves the first "levy" exactly onto the second one's old offset.
    const updated = `${'x'.repeat(start - first - 1)} ${text}`;
    expect(updated.slice(start, start + 4)).toBe('levy');
    const found = anchor(updated, selectors);
    expect(found).toEqual({
      start: updated.lastIndexOf('levy'),
      end: updated.lastIndexOf('levy') + 4,
      method: 'exact',
    });
  });

  it('prefers a slightly edited quote in its own context over an exact copy out of context', () => {
    const { selectors } = select(ARTICLE, 'Ana Petrova, 71');
    const updated = ARTICLE.replace('said Ana Petrova, 71', 'said Ana Petrova, 72').replace(
      'By Mira Castellanos',
      'Correction: an earlier version misnamed Ana Petrova, 71, as a councillor.\n\nBy Mira Castellanos',
    );
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(found!.start).toBe(updated.indexOf('Ana Petrova, 72'));
    expect(updated.slice(found!.start, found!.end)).toBe('Ana Petrova, 72');
  });

  it('keeps an exact short quote whose surroundings were rewritten when nothing better exists', () => {
    const { selectors } = select(ARTICLE, 'Ana Petrova, 71');
    const updated = ARTICLE.replace(
      'times," said Ana Petrova, 71. "Whatever',
      'times," according to Ana Petrova, 71, who chairs the residents\' association. "Whatever',
    );
    const found = anchor(updated, selectors);
    expect(found).toEqual({
      start: updated.indexOf('Ana Petrova, 71'),
      end: updated.indexOf('Ana Petrova, 71') + 15,
      method: 'exact',
    });
  });

  it('extends a fuzzy match to a word replaced at the edge of the quote', () => {
    const { selectors } = select(ARTICLE, 'a mix of national grants and a new levy');
    const updated = ARTICLE.replace('a new levy on waterfront', 'a new surcharge on waterfront');
    const found = anchor(updated, selectors);
    expect(updated.slice(found!.start, found!.end)).toBe('a mix of national grants and a new surcharge');
  });

  it('orphans a short quote whose passage was removed rather than move it to the same words elsewhere', () => {
    const { selectors } = select(ARTICLE, 'the levy', 1);
    const paragraph = ARTICLE.split('\n\n').find((p) => p.includes('Shop owner Dev Malhotra'))!;
    const updated = ARTICLE.replace(paragraph, 'Others were less convinced.');
    expect(updated).toContain('the levy');
    expect(anchor(updated, selectors)).toBeNull();
  });

  it('places a quote whose context changed on both sides', () => {
    const { selectors } = select(ARTICLE, "Every winter we gamble with people's homes");
    const updated = ARTICLE.replace(
      '"Every winter we gamble with people\'s homes," she told',
      "\u201cEvery winter we gamble with people's homes,\u201d she said to",
    );
    const found = anchor(updated, selectors);
    expect(updated.slice(found!.start, found!.end)).toBe("Every winter we gamble with people's homes");
  });

  it('returns null (an orphan) when the quoted passage was removed', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const paragraph = ARTICLE.split('\n\n').find((p) => p.includes(QUOTE))!;
    expect(anchor(ARTICLE.replace(paragraph, ''), selectors)).toBeNull();
  });

  it('returns null when the quote was rewritten beyond recognition', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = ARTICLE.replace(QUOTE, 'small firms on the waterfront would pay the most under the levy');
    expect(anchor(updated, selectors)).toBeNull();
  });

  it('does not place a short quote on a look-alike once it is gone', () => {
    const { selectors } = select(ARTICLE, 'Ana Petrova, 71');
    expect(anchor(ARTICLE.replace('Ana Petrova, 71', 'a resident'), selectors)).toBeNull();
  });

  it('skips the fuzzy search when asked to', () => {
    const { selectors } = select(ARTICLE, QUOTE);
    const updated = ARTICLE.replace('small businesses', 'small shops');
    expect(anchor(updated, selectors, { fuzzy: false })).toBeNull();
    expect(anchor(updated, selectors)).not.toBeNull();
  });

  it('works without a position selector and ignores a nonsensical one', () => {
    const { start, end, selectors } = select(ARTICLE, QUOTE);
    expect(anchor(ARTICLE, { quote: selectors.quote })).toEqual({ start, end, method: 'exact' });
    const bogus = { type: 'TextPositionSelector' as const, start: -5, end: Number.NaN };
    expect(anchor(ARTICLE, { quote: selectors.quote, position: bogus })).toEqual({ start, end, method: 'exact' });
  });

  it('treats a malformed stored record as an orphan instead of throwing', () => {
    const broken = [{}, { exact: 42 }, { exact: 'the levy', prefix: null, suffix: 7 }];
    expect(anchor(ARTICLE, { quote: broken[0] } as never)).toBeNull();
    expect(anchor(ARTICLE, { quote: broken[1] } as never)).toBeNull();
    expect(anchor(ARTICLE, { quote: broken[2] } as never)?.method).toBe('exact');
    expect(anchor(ARTICLE, {} as never)).toBeNull();
  });

  it('matches a quote selected with surrounding spaces after the spacing changed', () => {
    const phrase = '\n\nMayor Elena Duarte called the vote ';
    const { selectors } = select(ARTICLE, phrase);
    const updated = ARTICLE.replace('Mayor Elena Duarte called', 'Mayor\nElena  Duarte called');
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(updated.slice(found!.start, found!.end)).toBe('Mayor\nElena  Duarte called the vote');
  });

  it('fuzzy-matches short quotes only near their old position', () => {
    const { selectors } = select(ARTICLE, 'Ana Petrova, 71');
    const edited = ARTICLE.replace('Ana Petrova, 71', 'Ana Petrova, 72');
    expect(anchor(edited, selectors)?.method).toBe('fuzzy');
    const movedFar = `${'Live updates follow below. '.repeat(200)}${edited}`;
    expect(anchor(movedFar, selectors)).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } })).toBeNull();
  });

  it('places a long quote whose middle and ends were edited', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const long = paragraphs.slice(2, 8).join('\n\n');
    expect(long.length).toBeGreaterThan(1024);
    const { selectors } = select(ARTICLE, long);
    const updated = ARTICLE.replace('31 to 12', '31 votes to 12')
      .replace('declined to comment', 'did not respond to a request for comment')
      .replace('steps of the cathedral', 'steps of St Mary\u2019s cathedral');
    const found = anchor(updated, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(found!.start).toBe(updated.indexOf('The Harbour City council voted'));
    const lastSentence = 'and 2,300 households were evacuated.';
    expect(found!.end).toBe(updated.indexOf(lastSentence) + lastSentence.length);
  });

  it('anchors in a 100,000-character page, near the end and after edits', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const filler: string[] = [];
    for (let i = 0; filler.join('\n\n').length < 100_000; i++) {
      filler.push(`Reader comment ${i}: ${paragraphs[i % paragraphs.length]!.split('').reverse().join('')}`);
    }
    const page = `${filler.join('\n\n')}\n\n${ARTICLE}`;
    expect(page.length).toBeGreaterThan(100_000);
    const { selectors } = select(page, QUOTE);
    expect(anchor(page, selectors)?.method).toBe('position');
    const edited = `Live: ${page.replace('small businesses', 'small shops')}`;
    const found = anchor(edited, selectors);
    expect(edited.slice(found!.start, found!.end)).toBe('the levy would fall hardest on small shops along the quay');
    expect(anchor(page.replace(QUOTE, ''), selectors)).toBeNull();
  });

  it('gives up on degenerate repetitive text instead of scanning every offset', () => {
    const page = 'ab '.repeat(34_000);
    const quote = { type: 'TextQuoteSelector' as const, exact: `${'ab '.repeat(300)}c`, prefix: 'x', suffix: 'y' };
    expect(anchor(page, { quote })).toBeNull();
    const zeros = { type: 'TextQuoteSelector' as const, exact: `${'0'.repeat(40)}1`, prefix: '', suffix: '' };
    expect(anchor('0'.repeat(100_000), { quote: zeros })).toBeNull();
  });
});
