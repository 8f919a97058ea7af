import { describe, expect, it } from 'vitest';
import { tagCompounds } from '../../../src/analysis/entities/compounds';
import { buildGazetteer, LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { TYPES } from '../../../src/analysis/entities/labels';

const OTHER = TYPES.indexOf('OTHER');
const ORG = TYPES.indexOf('ORG');
const lists = Object.fromEntries(LIST_CLASSES.map((c) => [c, [] as string[]])) as unknown as GazetteerLists;
lists.city = ['london'];
lists.org = ['al qaeda'];
lists.first = ['john'];
const gazetteer = buildGazetteer(lists);

describe('name compounds', () => {
  it('tags an untagged compound whose name part the lexicon knows', () => {
    const tokens = 'Amnesty , a London-based group , and an al-Qaeda-linked cell'.split(' ');
    expect(tagCompounds(tokens, [{ start: 0, end: 1, type: ORG }], gazetteer)).toEqual([
      { start: 0, end: 1, type: ORG },
      { start: 3, end: 4, type: OTHER },
      { start: 8, end: 9, type: OTHER },
    ]);
  });

  it('leaves unknown names, first names and tagged compounds alone', () => {
    const tokens = 'a Zorba-based and John-led and London-based'.split(' ');
    const spans = [{ start: 5, end: 6, type: ORG }];
    expect(tagCompounds(tokens, spans, gazetteer)).toEqual(spans);
  });
});
