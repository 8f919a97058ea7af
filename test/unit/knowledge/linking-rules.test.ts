import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/knowledge/linking/decide';
import { classifyItem } from '../../../src/knowledge/linking/kinds';
import { meaningWords, wordMatches } from '../../../src/knowledge/linking/meaning';
import type { ScoredCandidate } from '../../../src/knowledge/linking/score';
import type { WikidataItem } from '../../../src/knowledge/parsers/entities';

const item = (over: Partial<WikidataItem>): WikidataItem => ({
  qid: 'Q1',
  label: '',
  description: '',
  aliases: [],
  enwikiTitle: null,
  instanceOf: [],
  positions: [],
  born: null,
  died: null,
  image: null,
  countries: [],
  parties: [],
  capitalOf: [],
  ...over,
});

describe('meaning words', () => {
  it('matches demonyms to countries', () => {
    expect(wordMatches('iraqi', 'iraq')).toBe(true);
    expect(wordMatches('iranian', 'iran')).toBe(true);
    expect(wordMatches('iran', 'iraq')).toBe(false);
    expect(meaningWords('U.S. Secretary of State')).toEqual(['united', 'states', 'secretary', 'of', 'state']);
    expect(meaningWords('Kurdish PM')).toEqual(['kurdistan', 'prime', 'minister']);
    expect(meaningWords('British Defence Secretary')).toEqual(['united', 'kingdom', 'defense', 'secretary']);
  });
});

describe('item kinds', () => {
  const labels = {
    Q5: 'human',
    Q4167410: 'Wikimedia disambiguation page',
    Q515: 'city',
    Q1: 'male given name',
    Q7: 'political party',
  };
  it('classifies from P31 labels, then the description', () => {
    expect(classifyItem(item({ instanceOf: ['Q5'] }), labels)).toBe('PERSON');
    expect(classifyItem(item({ instanceOf: ['Q4167410'] }), labels)).toBe('DISAMBIGUATION');
    expect(classifyItem(item({ description: 'Wikimedia disambiguation page' }), labels)).toBe('DISAMBIGUATION');
    expect(classifyItem(item({ instanceOf: ['Q515'] }), labels)).toBe('PLACE');
    expect(classifyItem(item({ instanceOf: ['Q1'] }), labels)).toBe('NAME');
    expect(classifyItem(item({ instanceOf: ['Q7'] }), labels)).toBe('ORG');
    expect(classifyItem(item({ description: 'Iraqi politician' }), labels)).toBe('PERSON');
    expect(classifyItem(item({ description: 'something' }), labels)).toBe('UNKNOWN');
  });
});

describe('decision', () => {
  const cand = (qid: string, score: number, over: Partial<ScoredCandidate> = {}): ScoredCandidate => ({
    item: item({ qid, label: qid }),
    kind: 'PERSON',
    score,
    nameScore: 1,
    nameExact: true,
    roleFit: 'n/a',
    reasons: [],
    ...over,
  });

  it('links a clear winner with evidence', () => {
    const d = decide([cand('Q1', 8), cand('Q2', 4)]);
    expect(d.kind === 'linked' && d.best.item.qid).toBe('Q1');
  });

  it('is uncertain on a narrow margin or without evidence', () => {
    expect(decide([cand('Q1', 8), cand('Q2', 7)]).kind).toBe('uncertain');
    expect(decide([cand('Q1', 8, { nameExact: false, nameScore: 0.6, roleFit: 'partial' })]).kind).toBe('uncertain');
  });

  it('never offers disambiguation pages or name items, and gives none for weak candidates', () => {
    expect(decide([cand('Q1', 9, { kind: 'DISAMBIGUATION' }), cand('Q2', 9, { kind: 'NAME' })]).kind).toBe('none');
    expect(decide([cand('Q1', 0.5)]).kind).toBe('none');
  });
});
