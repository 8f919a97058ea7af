import { describe, expect, it } from 'vitest';
import { ApiErrorEnvelope } from '../../../src/knowledge/parsers/common';
import { parseEntities, parseLabels } from '../../../src/knowledge/parsers/entities';
import { parseEntitySearch, parsePrefixSearch } from '../../../src/knowledge/parsers/search';
import { parseSummary } from '../../../src/knowledge/parsers/summary';
import {
  actionError,
  emptySnak,
  entity,
  entitySearch,
  itemSnak,
  prefixSearch,
  statement,
  summary,
  timeSnak,
} from '../../fixtures/wikimedia/shapes';
import { ITEMS, Q, SUMMARIES } from '../../fixtures/wikimedia/world';

const FULL = ['labels', 'descriptions', 'aliases', 'claims', 'sitelinks'];
const spec = (id: string) => ITEMS.find((i) => i.id === id)!;
const envelope = (...ids: string[]) => ({
  entities: Object.fromEntries(ids.map((id) => [id, entity(spec(id), FULL, ['en'])])),
  success: 1,
});

describe('page summary parser', () => {
  it('reads the current shape', () => {
    const s = parseSummary(summary(SUMMARIES.find((x) => x.title === 'Mustafa Al-Kadhimi')!));
    expect(s).toMatchObject({
      kind: 'standard',
      title: 'Mustafa Al-Kadhimi',
      description: 'Prime Minister of Iraq from 2020 to 2022',
      qid: Q.kadhimi,
      pageUrl: 'https://en.wikipedia.org/wiki/Mustafa_Al-Kadhimi',
    });
    expect(s?.thumbnail?.url).toMatch(/^https:\/\/upload\.wikimedia\.org\//);
    expect(s?.extract).not.toContain('<');
  });

  it('reads the 2017 shape without type, titles or content_urls', () => {
    const s = parseSummary(summary(SUMMARIES.find((x) => x.title === 'Barham Salih')!));
    expect(s).toMatchObject({ kind: 'standard', title: 'Barham Salih', pageUrl: null, qid: null });
    expect(s?.extract).toContain('President of Iraq');
  });

  it('marks disambiguation pages', () => {
    expect(parseSummary(summary(SUMMARIES.find((x) => x.type === 'disambiguation')!))?.kind).toBe('disambiguation');
  });

  it('survives junk: wrong types, foreign image hosts, javascript: urls, control characters', () => {
    expect(parseSummary(null)).toBeNull();
    expect(parseSummary([])).toBeNull();
    expect(parseSummary({ extract: 'no title' })).toBeNull();
    const s = parseSummary({
      type: 'something-new',
      title: 'X\u0000Y',
      extract: 42,
      description: { nested: true },
      thumbnail: { source: 'https://evil.example/tracker.png', width: 1, height: 1 },
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
      wikibase_item: 'Q12; DROP',
    });
    expect(s).toEqual({
      kind: 'other',
      title: 'X Y',
      description: '',
      extract: '',
      thumbnail: null,
      pageUrl: null,
      qid: null,
    });
  });

  it('caps a huge extract', () => {
    expect(parseSummary({ title: 'Long', extract: 'word '.repeat(100_000) })!.extract.length).toBeLessThanOrEqual(4000);
  });
});

describe('search parsers', () => {
  it('orders prefix search pages by index and reads the disambiguation page prop', () => {
    const hits = parsePrefixSearch(
      prefixSearch([
        { title: 'Washington', disambiguation: true, qid: Q.washingtonDisambiguation },
        { title: 'Washington, D.C.', description: 'Capital city of the United States', qid: Q.washingtonDC },
      ]),
    );
    expect(hits).toEqual([
      { title: 'Washington', description: '', qid: Q.washingtonDisambiguation, disambiguation: true },
      {
        title: 'Washington, D.C.',
        description: 'Capital city of the United States',
        qid: Q.washingtonDC,
        disambiguation: false,
      },
    ]);
  });

  it('reads formatversion=1 pages keyed by id and the older pageterms descriptions', () => {
    const hits = parsePrefixSearch({
      query: {
        pages: {
          '19004': { pageid: 19004, title: 'Moscow', index: 2, terms: { description: ['capital of Russia'] } },
          '-1': { title: 'Nowhere', missing: '' },
          '1934': { pageid: 1934, title: 'Abadan, Iran', index: 1 },
        },
      },
    });
    expect(hits.map((h) => [h.title, h.description])).toEqual([
      ['Abadan, Iran', ''],
      ['Moscow', 'capital of Russia'],
    ]);
  });

  it('keeps wbsearchentities order and alias matches, drops rows without a valid id', () => {
    const json = entitySearch('Kadhimi', [
      {
        id: Q.kadhimi,
        label: 'Mustafa Al-Kadhimi',
        description: 'Iraqi politician',
        match: { type: 'alias', text: 'Kadhimi' },
      },
      { id: Q.kadhimiya, label: 'Kadhimiya', match: { type: 'label', text: 'Kadhimiya' } },
    ]);
    (json['search'] as unknown[]).push({ id: 'P31', label: 'instance of' }, 'junk');
    expect(parseEntitySearch(json)).toEqual([
      {
        qid: Q.kadhimi,
        label: 'Mustafa Al-Kadhimi',
        description: 'Iraqi politician',
        matchType: 'alias',
        matchText: 'Kadhimi',
      },
      { qid: Q.kadhimiya, label: 'Kadhimiya', description: '', matchType: 'label', matchText: 'Kadhimiya' },
    ]);
  });

  it('throws on error envelopes, in both formats', () => {
    expect(() => parseEntitySearch(actionError('badvalue', 'nope'))).toThrow(ApiErrorEnvelope);
    expect(() => parsePrefixSearch({ errors: [{ code: 'unknown_action', text: 'Unrecognized value' }] })).toThrow(
      /unknown_action/,
    );
  });

  it('gives nothing for unexpected shapes', () => {
    expect(parseEntitySearch({ search: 'nope' })).toEqual([]);
    expect(parsePrefixSearch({ batchcomplete: true })).toEqual([]);
  });
});

describe('wbgetentities parser', () => {
  it('reads positions with start and end qualifiers at their precision', () => {
    const kadhimi = parseEntities(envelope(Q.kadhimi))[Q.kadhimi];
    expect(kadhimi).not.toBe('missing');
    if (kadhimi === 'missing' || !kadhimi) return;
    expect(kadhimi.label).toBe('Mustafa Al-Kadhimi');
    expect(kadhimi.aliases).toContain('Kadhimi');
    expect(kadhimi.enwikiTitle).toBe('Mustafa Al-Kadhimi');
    expect(kadhimi.instanceOf).toEqual([Q.human]);
    expect(kadhimi.born).toEqual({ year: 1967, month: null, day: null });
    expect(kadhimi.positions).toEqual([
      {
        qid: Q.directorINIS,
        start: { year: 2016, month: 6, day: null },
        end: { year: 2020, month: 5, day: null },
        preferred: false,
      },
      {
        qid: Q.pmIraq,
        start: { year: 2020, month: 5, day: 7 },
        end: { year: 2022, month: 10, day: 27 },
        preferred: false,
      },
    ]);
    expect(kadhimi.image).toBe('Mustafa Al-Kadhimi 2020.jpg');
    expect(kadhimi.countries).toEqual([Q.iraq]);
  });

  it('ignores deprecated statements', () => {
    const saddam = parseEntities(envelope(Q.saddam))[Q.saddam];
    if (saddam === 'missing' || !saddam) throw new Error('expected an item');
    expect(saddam.born).toEqual({ year: 1937, month: 4, day: 28 });
    expect(saddam.died).toEqual({ year: 2006, month: 12, day: 30 });
    expect(saddam.positions).toHaveLength(3);
  });

  it('skips somevalue and novalue snaks, keeps the preferred rank flag', () => {
    const parsed = parseEntities(envelope(Q.fuadHussein, Q.pmf));
    const fuad = parsed[Q.fuadHussein];
    const pmf = parsed[Q.pmf];
    if (fuad === 'missing' || !fuad || pmf === 'missing' || !pmf) throw new Error('expected items');
    expect(fuad.parties).toEqual([Q.kdp]);
    expect(fuad.positions.find((p) => p.qid === Q.foreignMinisterIraq)).toMatchObject({ preferred: true, end: null });
    expect(pmf.instanceOf).toEqual([Q.paramilitary]);
  });

  it('novalue and somevalue snaks in main snaks and qualifiers give no value, not a crash', () => {
    const id = 'Q90000099';
    const parsed = parseEntities({
      entities: {
        [id]: entity(
          {
            id,
            label: 'Test person',
            claims: [
              statement(id, itemSnak('P31', Q.human)),
              statement(id, emptySnak('P570', 'novalue', 'time')),
              statement(id, emptySnak('P39', 'somevalue')),
              statement(id, itemSnak('P39', Q.pmIraq), {
                qualifiers: [emptySnak('P580', 'somevalue', 'time'), timeSnak('P582', '2022')],
              }),
              statement(id, emptySnak('P18', 'novalue', 'commonsMedia')),
            ],
          },
          FULL,
          ['en'],
        ),
      },
    })[id];
    if (parsed === 'missing' || !parsed) throw new Error('expected an item');
    expect(parsed.died).toBeNull();
    expect(parsed.image).toBeNull();
    expect(parsed.positions).toEqual([
      { qid: Q.pmIraq, start: null, end: { year: 2022, month: null, day: null }, preferred: false },
    ]);
  });

  it('reports deleted items as missing', () => {
    expect(parseEntities({ entities: { Q90000016: { id: 'Q90000016', missing: '' } }, success: 1 })).toEqual({
      Q90000016: 'missing',
    });
  });

  it('throws on the no-such-entity envelope', () => {
    expect(() => parseEntities(actionError('no-such-entity', 'Could not find an entity'))).toThrow(ApiErrorEnvelope);
  });

  it('survives items with no claims, labels or sitelinks, and garbage claims', () => {
    const parsed = parseEntities({
      entities: {
        Q1: { id: 'Q1', type: 'item' },
        Q2: { id: 'Q2', claims: { P39: ['junk', { mainsnak: { snaktype: 'value' } }], P569: [{ mainsnak: null }] } },
        nonsense: { id: 'nonsense' },
      },
    });
    expect(Object.keys(parsed)).toEqual(['Q1', 'Q2']);
    expect(parsed['Q2']).toMatchObject({ label: '', positions: [], born: null });
  });

  it('reads labels for a batch of ids', () => {
    const json = { entities: { Q5: entity(spec(Q.human), ['labels'], ['en']), Q404: { id: 'Q404', missing: '' } } };
    expect(parseLabels(json)).toEqual({ Q5: 'human' });
  });
});
