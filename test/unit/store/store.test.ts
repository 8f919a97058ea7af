import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityHistory } from '../../../src/store/entity-history';
import { eraseAll } from '../../../src/store/erase';
import { allHighlights, importHighlights, saveHighlight, updateNote } from '../../../src/store/highlights-repo';
import { pageView } from '../../../src/store/page-view';
import { recordArticle } from '../../../src/store/record-article';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';
import { loadSettings, updateSettings } from '../../../src/store/settings-repo';
import type { SavedHighlight } from '../../../src/highlights/types';
import { firstArticle, secondArticle } from './fixtures';

let db: BackstoryDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-store-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const highlight = (id: string, url: string, updatedAt = 1): SavedHighlight => ({
  id,
  url,
  title: 'T',
  site: 'news.example',
  quote: { type: 'TextQuoteSelector', exact: 'flew to Tehran', prefix: 'Hussein ', suffix: '.' },
  position: { type: 'TextPositionSelector', start: 30, end: 44 },
  note: '',
  createdAt: 1,
  updatedAt,
});

describe('recording articles', () => {
  it('reads an article back as the popup shows it', async () => {
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 1000);
    const view = await pageView(db, 'https://news.example/a1');
    expect(view.article?.title).toBe('Minister visits Tehran');
    expect(view.entities.map((e) => e.name)).toEqual(['Fuad Hussein', 'Tehran', 'Reuters']);
    expect(view.entities[0]).toMatchObject({ count: 2, roles: ['Foreign Minister'], type: 'PERSON' });
    expect(view.attributions).toEqual([{ start: 54, end: 67, text: 'met officials', category: 'ANON_SOURCE' }]);
    expect(view.timeline).toHaveLength(1);
    expect(view.timeline[0]).toMatchObject({ date: '2020-08', earlier: false });
  });

  it('re-reading the same URL replaces its contribution instead of doubling it', async () => {
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 1000);
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 2000);
    expect(await db.mentions.count()).toBe(3);
    expect(await db.events.count()).toBe(1);
    expect(await db.roles.count()).toBe(1);
    const article = await db.articles.get('https://news.example/a1');
    expect(article).toMatchObject({ firstReadAt: 1000, lastReadAt: 2000 });
  });

  it('links a second article to the first through a shared person: history and timeline', async () => {
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 1000);
    await recordArticle(db, secondArticle(), { site: 'other.example' }, 2000);
    const history = await entityHistory(db, 'person:fuad-hussein', 'https://news.example/a2');
    expect(history.earlier.map((a) => a.title)).toEqual(['Minister visits Tehran']);
    expect(history.earlier[0]!.names).toEqual(['Fuad Hussein', 'Hussein']);
    expect(history.roles.map((r) => r.role).sort()).toEqual(['Foreign Minister', 'Iraqi Foreign Minister']);
    const view = await pageView(db, 'https://news.example/a2');
    expect(view.timeline).toEqual([
      expect.objectContaining({
        date: '2020-08',
        earlier: true,
        articleTitle: 'Minister visits Tehran',
        sharedKeys: ['person:fuad-hussein'],
      }),
    ]);
  });

  it('does not link articles through places alone', async () => {
    const second = secondArticle();
    second.entities = second.entities.filter((e) => e.type === 'PLACE');
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 1000);
    await recordArticle(db, second, { site: 'other.example' }, 2000);
    expect((await pageView(db, second.url)).timeline).toEqual([]);
  });
});

describe('highlights', () => {
  it('saves, edits and lists highlights by URL', async () => {
    await saveHighlight(db, highlight('h1', 'https://news.example/a1'));
    expect(await updateNote(db, 'h1', 'check this', 5)).toBe(true);
    expect(await updateNote(db, 'missing', 'x', 5)).toBe(false);
    const view = await pageView(db, 'https://news.example/a1');
    expect(view.highlights.map((h) => [h.id, h.note, h.updatedAt])).toEqual([['h1', 'check this', 5]]);
  });

  it('import keeps the newer copy of a highlight', async () => {
    await saveHighlight(db, highlight('h1', 'https://news.example/a1', 10));
    const added = await importHighlights(db, [
      highlight('h1', 'https://news.example/a1', 5),
      highlight('h2', 'https://news.example/a2', 5),
    ]);
    expect(added).toBe(1);
    expect((await allHighlights(db)).map((h) => [h.id, h.updatedAt])).toEqual([
      ['h1', 10],
      ['h2', 5],
    ]);
  });
});

describe('settings and erase', () => {
  it('validates settings updates and erases everything', async () => {
    expect((await loadSettings(db)).lookups).toBe(true);
    const s = await updateSettings(db, {
      lookups: false,
      disabledSites: ['news.example', 'bad host!', 42],
      entityTypes: { PERSON: 'no' },
    });
    expect(s.lookups).toBe(false);
    expect(s.disabledSites).toEqual(['news.example']);
    expect(s.entityTypes.PERSON).toBe(true);
    await recordArticle(db, firstArticle(), { site: 'news.example' }, 1000);
    await saveHighlight(db, highlight('h1', 'https://news.example/a1'));
    await eraseAll(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect((await loadSettings(db)).lookups).toBe(true);
  });
});

describe('surname-only mentions across articles', () => {
  const person = (key: string, name: string) => ({
    key,
    name,
    type: 'PERSON' as const,
    roles: [],
    mentions: [{ start: 0, end: name.length, text: name }],
  });
  const analysisWith = (url: string, entities: ReturnType<typeof person>[]) => ({
    ...secondArticle(),
    url,
    entities,
    events: [],
  });

  it('joins "Pompeo" to the one Pompeo the reader has read about, and leaves ambiguous surnames alone', async () => {
    const { resolveKeysAgainstHistory } = await import('../../../src/store/resolve-keys');
    await recordArticle(
      db,
      analysisWith('https://a.example/1', [person('person:pompeo/mike', 'Mike Pompeo')]),
      { site: 'a' },
      1,
    );
    const resolved = await resolveKeysAgainstHistory(
      db,
      analysisWith('https://a.example/2', [person('person:pompeo', 'Pompeo')]),
    );
    expect(resolved.entities[0]!.key).toBe('person:pompeo/mike');
    await recordArticle(
      db,
      analysisWith('https://a.example/3', [person('person:pompeo/tom', 'Tom Pompeo')]),
      { site: 'a' },
      2,
    );
    const ambiguous = await resolveKeysAgainstHistory(
      db,
      analysisWith('https://a.example/4', [person('person:pompeo', 'Pompeo')]),
    );
    expect(ambiguous.entities[0]!.key).toBe('person:pompeo');
  });
});
