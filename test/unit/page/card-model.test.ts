import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/analysis/types';
import type { KnowledgeResult } from '../../../src/knowledge/types';
import type { EntityHistory } from '../../../src/messages/views';
import { cardModel, type CardSources } from '../../../src/page/card/card-model';
import { lookupQuery } from '../../../src/page/card/lookup-query';
import { LIMITS } from '../../../src/limits';

const analysis: Pick<Analysis, 'entities' | 'attributions' | 'published'> = {
  published: '2020-10-05',
  entities: [
    {
      key: 'person:hussein/fuad',
      name: 'Fuad Hussein',
      type: 'PERSON',
      roles: ['Foreign Minister'],
      mentions: [
        { start: 0, end: 12, text: 'Fuad Hussein' },
        { start: 40, end: 47, text: 'Hussein' },
        { start: 80, end: 89, text: "Hussein's" },
      ],
    },
    {
      key: 'place:baghdad',
      name: 'Baghdad',
      type: 'PLACE',
      roles: [],
      mentions: [{ start: 20, end: 27, text: 'Baghdad' }],
    },
    { key: 'group:kurds', name: 'Kurds', type: 'GROUP', roles: [], mentions: [{ start: 60, end: 65, text: 'Kurds' }] },
  ],
  attributions: [
    { start: 50, end: 64, text: 'officials said', category: 'ANON_SOURCE', explanation: 'Unnamed.', question: 'Who?' },
  ],
};
const history: EntityHistory = { key: 'person:hussein/fuad', aliases: [], roles: [], earlier: [] };
const knowledge: KnowledgeResult = { status: 'none', query: 'Fuad Hussein' };
const sources = (over: Partial<CardSources> = {}): CardSources => ({
  analysis,
  highlights: [],
  histories: new Map(),
  knowledge: new Map(),
  lookups: true,
  ...over,
});
const mark = { start: 0, end: 12, quiet: false, label: 'x' };

describe('the card model', () => {
  it("an entity's card: its names, mentions and roles in this article, and what has been fetched so far", () => {
    const spec = { ...mark, kind: 'entity' as const, key: 'person:hussein/fuad', type: 'PERSON' as const };
    expect(cardModel(spec, sources())).toEqual({
      kind: 'entity',
      key: 'person:hussein/fuad',
      name: 'Fuad Hussein',
      type: 'PERSON',
      roles: ['Foreign Minister'],
      names: ['Fuad Hussein', 'Hussein', "Hussein's"],
      mentionCount: 3,
      published: '2020-10-05',
      history: null,
      knowledge: null,
    });
    const fetched = sources({
      histories: new Map([['person:hussein/fuad', history]]),
      knowledge: new Map([['person:hussein/fuad', 'loading']]),
    });
    expect(cardModel(spec, fetched)).toMatchObject({ history, knowledge: 'loading' });
    // With look-ups off the card says so, whatever was fetched before.
    expect(
      cardModel(spec, { ...fetched, knowledge: new Map([['person:hussein/fuad', knowledge]]), lookups: false }),
    ).toMatchObject({ knowledge: 'off' });
  });

  it("an attribution's card is found by where it starts and its category; a saved one by its id", () => {
    expect(cardModel({ ...mark, start: 50, kind: 'attribution', category: 'ANON_SOURCE' }, sources())).toEqual({
      kind: 'attribution',
      category: 'ANON_SOURCE',
      text: 'officials said',
      explanation: 'Unnamed.',
      question: 'Who?',
    });
    expect(cardModel({ ...mark, start: 50, kind: 'attribution', category: 'HEDGE_REPORT' }, sources())).toBeNull();
    const highlight = {
      id: 'h1',
      url: 'https://news.example/a',
      title: 't',
      site: 's',
      note: 'check',
      quote: { type: 'TextQuoteSelector' as const, exact: 'officials said', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 50, end: 64 },
      createdAt: 1,
      updatedAt: 1,
    };
    expect(cardModel({ ...mark, kind: 'saved', id: 'h1' }, sources({ highlights: [highlight] }))).toEqual({
      kind: 'saved',
      id: 'h1',
      quote: 'officials said',
      note: 'check',
    });
  });

  it('no card for a mark the page no longer knows (an entity gone after a re-read, a deleted highlight)', () => {
    expect(cardModel({ ...mark, kind: 'entity', key: 'person:nobody', type: 'PERSON' }, sources())).toBeNull();
    expect(cardModel({ ...mark, kind: 'saved', id: 'gone' }, sources())).toBeNull();
  });
});

describe('what a card may ask Wikipedia', () => {
  it('names only, within the look-up limits: its own, its other names, its roles, other non-group names', () => {
    const many = { ...analysis.entities[0]!, roles: Array.from({ length: 30 }, (_, i) => `role ${i}`) };
    const q = lookupQuery(many, analysis);
    expect(q).toMatchObject({
      name: 'Fuad Hussein',
      aliases: ['Fuad Hussein', 'Hussein', "Hussein's"],
      type: 'PERSON',
      context: ['Baghdad'],
      published: '2020-10-05',
    });
    expect(q.roles).toHaveLength(LIMITS.lookupRoles);
    const long = { ...analysis.entities[1]!, name: 'B'.repeat(LIMITS.lookupText + 50) };
    expect(lookupQuery(long, analysis).name).toHaveLength(LIMITS.lookupText);
  });
});
