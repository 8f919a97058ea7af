import { describe, expect, it } from 'vitest';
import { harmonize } from '../../../src/analysis/entities/consistency';
import { TYPES } from '../../../src/analysis/entities/labels';

const PERSON = TYPES.indexOf('PERSON');
const ORG = TYPES.indexOf('ORG');
const PLACE = TYPES.indexOf('PLACE');
const OTHER = TYPES.indexOf('OTHER');

describe('document-level consistency', () => {
  it('makes a surname a person when the full name is one', () => {
    const sentences = [
      ['Mike', 'Pompeo', 'arrived', '.'],
      ['Pompeo', 'spoke', '.'],
    ];
    const out = harmonize(
      sentences,
      [[{ start: 0, end: 2, type: PERSON }], [{ start: 0, end: 1, type: ORG }]],
      new Set(),
    );
    expect(out[1]).toEqual([{ start: 0, end: 1, type: PERSON }]);
  });

  it('tags a missed repeat of a tagged name, but not inside a longer name or a common word', () => {
    const sentences = [
      ['They', 'flew', 'to', 'Baghdad', '.'],
      ['In', 'Baghdad', ',', 'the', 'Baghdad', 'Post', 'wrote', '.'],
      ['Police', 'came', '.'],
      ['The', 'Police', 'union', 'agreed', '.'],
    ];
    const spans = [[{ start: 3, end: 4, type: PLACE }], [], [{ start: 0, end: 1, type: ORG }], []];
    const out = harmonize(sentences, spans, new Set(['police', 'in', 'the']));
    expect(out[1]).toEqual([{ start: 1, end: 2, type: PLACE }]);
    expect(out[3]).toEqual([]);
  });

  it('leaves different non-person types of one name alone', () => {
    const sentences = [
      ['Japan', 'won', '.'],
      ['Japan', 'played', 'in', 'Japan', '.'],
    ];
    const spans = [
      [{ start: 0, end: 1, type: ORG }],
      [
        { start: 0, end: 1, type: PLACE },
        { start: 3, end: 4, type: PLACE },
      ],
    ];
    expect(harmonize(sentences, spans, new Set())).toEqual(spans);
  });

  it('drops a common word opening a sentence unless the document capitalises it inside sentences', () => {
    const sentences = [
      ['Despite', 'the', 'rain', ',', 'they', 'came', '.'],
      ['Rice', 'spoke', '.'],
      ['They', 'met', 'Rice', '.'],
    ];
    const spans = [
      [{ start: 0, end: 1, type: PERSON }],
      [{ start: 0, end: 1, type: PERSON }],
      [{ start: 2, end: 3, type: PERSON }],
    ];
    const out = harmonize(sentences, spans, new Set(['despite', 'rice', 'they']));
    expect(out).toEqual([[], [{ start: 0, end: 1, type: PERSON }], [{ start: 2, end: 3, type: PERSON }]]);
  });

  it('drops a common word opening a quotation, and does not count its capital inside a longer name', () => {
    const sentences = [
      ['He', 'replied', ':', '"', 'Attacks', '"', '.'],
      ['Tourism', 'is', 'big', '.'],
      ['The', 'Travel', 'and', 'Tourism', 'Council', 'met', '.'],
    ];
    const spans = [
      [{ start: 4, end: 5, type: OTHER }],
      [{ start: 0, end: 1, type: OTHER }],
      [{ start: 1, end: 5, type: ORG }],
    ];
    const out = harmonize(sentences, spans, new Set(['attacks', 'tourism', 'the', 'he']));
    expect(out).toEqual([[], [], [{ start: 1, end: 5, type: ORG }]]);
  });

  it('drops an interjection or a sentence adverb opening a sentence, but not a name like it', () => {
    const sentences = [
      ['Yes', ',', 'he', 'said', '.'],
      ['Sadly', ',', 'no', '.'],
      ['Kelly', ',', 'a', 'nurse', ',', 'came', '.'],
    ];
    const spans = [
      [{ start: 0, end: 1, type: PERSON }],
      [{ start: 0, end: 1, type: PERSON }],
      [{ start: 0, end: 1, type: PERSON }],
    ];
    expect(harmonize(sentences, spans, new Set())).toEqual([[], [], [{ start: 0, end: 1, type: PERSON }]]);
  });

  it('splits two names run together at "or", and at "and" when both are named alone too', () => {
    const ORGS = [
      ['Google', 'or', 'Facebook', 'will', 'buy', 'it', '.'],
      ['Alibaba', 'and', 'Yahoo', 'Japan', 'and', 'Bosnia', 'and', 'Herzegovina', 'signed', '.'],
      ['Alibaba', 'rose', ';', 'Yahoo', 'Japan', 'fell', ';', 'Bosnia', 'waited', '.'],
    ];
    const spans = [
      [{ start: 0, end: 3, type: ORG }],
      [
        { start: 0, end: 4, type: ORG },
        { start: 5, end: 8, type: PLACE },
      ],
      [
        { start: 0, end: 1, type: ORG },
        { start: 3, end: 5, type: ORG },
        { start: 7, end: 8, type: PLACE },
      ],
    ];
    const out = harmonize(ORGS, spans, new Set());
    expect(out[0]).toEqual([
      { start: 0, end: 1, type: ORG },
      { start: 2, end: 3, type: ORG },
    ]);
    expect(out[1]).toEqual([
      { start: 0, end: 1, type: ORG },
      { start: 2, end: 4, type: ORG },
      { start: 5, end: 8, type: PLACE },
    ]);
  });

  it('cuts a person’s span across a lowercase word into the people on either side, not at a particle', () => {
    const sentences = [
      ['Warren', 'told', 'Stumpf', 'to', 'resign', '.'],
      ['Bill', 'de', 'Blasio', 'spoke', '.'],
    ];
    const out = harmonize(
      sentences,
      [[{ start: 0, end: 3, type: PERSON }], [{ start: 0, end: 3, type: PERSON }]],
      new Set(),
    );
    expect(out[0]).toEqual([
      { start: 0, end: 1, type: PERSON },
      { start: 2, end: 3, type: PERSON },
    ]);
    expect(out[1]).toEqual([{ start: 0, end: 3, type: PERSON }]);
  });

  it('cuts a title-case headline span into the names the running text tags, and leaves others', () => {
    const sentences = [
      ['Elizabeth', 'Warren', 'Hammers', 'Wells', 'Fargo', 'CEO'],
      ['Derelict', 'Obama', 'And', 'Fox', 'News'],
      ['Elizabeth', 'Warren', 'grilled', 'Wells', 'Fargo', 'and', 'Obama', 'on', 'Fox', '.'],
    ];
    const spans = [
      [{ start: 0, end: 5, type: ORG }],
      [
        { start: 0, end: 2, type: PERSON },
        { start: 3, end: 5, type: ORG },
      ],
      [
        { start: 0, end: 2, type: PERSON },
        { start: 3, end: 5, type: ORG },
        { start: 6, end: 7, type: PERSON },
        { start: 8, end: 9, type: ORG },
      ],
    ];
    const out = harmonize(sentences, spans, new Set(), [true, true, false]);
    expect(out[0]).toEqual([
      { start: 0, end: 2, type: PERSON },
      { start: 3, end: 5, type: ORG },
    ]);
    // "Fox News" is cut to "Fox" only in a headline; in running text it would stay whole.
    expect(out[1]).toEqual([
      { start: 1, end: 2, type: PERSON },
      { start: 3, end: 4, type: ORG },
    ]);
    expect(harmonize(sentences, spans, new Set(), [false, false, false])[0]).toEqual(spans[0]);
  });

  it('joins a name particle into a person, and a bare "bin Laden" once the full name has it', () => {
    const sentences = [
      ['Osama', 'bin', 'Laden', 'declared', 'war', '.'],
      ['Later', 'bin', 'Laden', 'fled', 'to', 'de', 'Gaulle', '.'],
    ];
    const spans = [
      [
        { start: 0, end: 1, type: PERSON },
        { start: 2, end: 3, type: PERSON },
      ],
      [
        { start: 2, end: 3, type: PERSON },
        { start: 6, end: 7, type: PERSON },
      ],
    ];
    const out = harmonize(sentences, spans, new Set(['later']));
    expect(out[0]).toEqual([{ start: 0, end: 3, type: PERSON }]);
    expect(out[1]).toEqual([
      { start: 1, end: 3, type: PERSON },
      { start: 6, end: 7, type: PERSON },
    ]);
  });
});
