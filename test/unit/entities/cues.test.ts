import { describe, expect, it } from 'vitest';
import { typeByCues } from '../../../src/analysis/entities/cues';
import { buildGazetteer, LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { TYPES } from '../../../src/analysis/entities/labels';

const PERSON = TYPES.indexOf('PERSON');
const ORG = TYPES.indexOf('ORG');
const PLACE = TYPES.indexOf('PLACE');
const OTHER = TYPES.indexOf('OTHER');

const lists = Object.fromEntries(LIST_CLASSES.map((c) => [c, [] as string[]])) as unknown as GazetteerLists;
lists.group = ['islamic'];
lists.country = ['iraq'];
lists.org = ['al qaeda'];
const gazetteer = buildGazetteer(lists);
const split = (s: string): string[] => s.split(' ');

describe('typing by cue words', () => {
  it('makes every mention of a name an organization when one is followed by an organization noun', () => {
    const sentences = [split('voters elected the Zorba party .'), split('Zorba stepped down .')];
    const spans = [[{ start: 3, end: 4, type: PERSON }], [{ start: 0, end: 1, type: PERSON }]];
    const out = typeByCues(sentences, spans, gazetteer);
    expect(out.map((ss) => ss.map((s) => s.type))).toEqual([[ORG], [ORG]]);
  });

  it('reads an apposition, and a place noun after the name', () => {
    const sentences = [split('Zorba , the Islamist party , won .'), split('They stormed the Quux museum .')];
    const spans = [[{ start: 0, end: 1, type: PERSON }], [{ start: 3, end: 4, type: PERSON }]];
    const out = typeByCues(sentences, spans, gazetteer);
    expect(out.map((ss) => ss.map((s) => s.type))).toEqual([[ORG], [PLACE]]);
  });

  it('leaves listed places, possessives and what the weights called OTHER alone', () => {
    const sentences = [
      split('the Iraq group met .'),
      split("Zorba group 's leader spoke ."),
      split('the Moslem militants fled .'),
    ];
    const spans = [
      [{ start: 1, end: 2, type: PLACE }],
      [{ start: 0, end: 1, type: PERSON }],
      [{ start: 1, end: 2, type: OTHER }],
    ];
    expect(typeByCues(sentences, spans, gazetteer)).toEqual(spans);
  });

  it('keeps a full name opening with a first name a person', () => {
    const local = buildGazetteer({ ...lists, first: ['donald'] });
    const sentences = [split('backed Donald Trump , the Republican party .')];
    const spans = [[{ start: 1, end: 3, type: PERSON }]];
    expect(typeByCues(sentences, spans, local)).toEqual(spans);
  });

  it('lets a listed organization take the cue even when tagged OTHER', () => {
    const sentences = [split('al-Qaeda militants fled .')];
    expect(typeByCues(sentences, [[{ start: 0, end: 1, type: OTHER }]], gazetteer)[0]![0]!.type).toBe(ORG);
  });

  it('makes a religion word before State an organization', () => {
    const sentences = [split('fighters of the Islamic State fled .')];
    expect(typeByCues(sentences, [[{ start: 3, end: 5, type: PLACE }]], gazetteer)[0]![0]!.type).toBe(ORG);
  });
});

describe('organization heads', () => {
  it('makes a place- or person-typed name ending in an organization head an organization', () => {
    const sentences = [split('The Washington Post reported .'), split('the Russian Federation said .')];
    const spans = [[{ start: 0, end: 3, type: PLACE }], [{ start: 1, end: 3, type: PLACE }]];
    const out = typeByCues(sentences, spans, gazetteer);
    expect(out.map((ss) => ss.map((s) => s.type))).toEqual([[ORG], [PLACE]]);
  });
});

describe('place heads', () => {
  it('makes a person-typed name ending in a geographic head a place, unless it opens with a first name', () => {
    const local = buildGazetteer({ ...lists, first: ['carla'] });
    const sentences = [split('held on Rikers Island .'), split('said Carla Hills .')];
    const spans = [[{ start: 2, end: 4, type: PERSON }], [{ start: 1, end: 3, type: PERSON }]];
    const out = typeByCues(sentences, spans, local);
    expect(out.map((ss) => ss.map((s) => s.type))).toEqual([[PLACE], [PERSON]]);
  });
});
