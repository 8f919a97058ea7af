import { describe, expect, it } from 'vitest';
import { joinOrgNames } from '../../../src/analysis/entities/org-names';
import { TYPES } from '../../../src/analysis/entities/labels';

const ORG = TYPES.indexOf('ORG');
const PLACE = TYPES.indexOf('PLACE');

describe('organization names with a complement', () => {
  it('joins a head that takes a complement with the name after for/on and an article', () => {
    const tokens = 'at the Committee for a Responsible Federal Budget , a group'.split(' ');
    const out = joinOrgNames(tokens, [
      { start: 2, end: 3, type: ORG },
      { start: 5, end: 8, type: ORG },
    ]);
    expect(out).toEqual([{ start: 2, end: 8, type: ORG }]);
    const council = 'the Council on Foreign Relations said'.split(' ');
    expect(
      joinOrgNames(council, [
        { start: 1, end: 2, type: ORG },
        { start: 3, end: 5, type: PLACE },
      ]),
    ).toEqual([{ start: 1, end: 5, type: ORG }]);
  });

  it('does not take a person as the complement', () => {
    const tokens = 'voters abandon Republican Party for Hillary Clinton'.split(' ');
    const spans = [
      { start: 2, end: 4, type: ORG },
      { start: 5, end: 7, type: TYPES.indexOf('PERSON') },
    ];
    expect(joinOrgNames(tokens, spans)).toEqual(spans);
  });

  it('leaves other heads and longer gaps alone', () => {
    const tokens = 'Germany for the whole of Europe'.split(' ');
    const spans = [
      { start: 0, end: 1, type: PLACE },
      { start: 5, end: 6, type: PLACE },
    ];
    expect(joinOrgNames(tokens, spans)).toEqual(spans);
    const far = 'the Council for the most part of Europe'.split(' ');
    const farSpans = [
      { start: 1, end: 2, type: ORG },
      { start: 7, end: 8, type: PLACE },
    ];
    expect(joinOrgNames(far, farSpans)).toEqual(farSpans);
  });
});
