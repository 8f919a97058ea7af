import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPageHtml } from '../../../src/background/read-page';
import { createHandlers, type BackgroundDeps } from '../../../src/background/handlers';
import { createDexieKnowledgeCache } from '../../../src/knowledge';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';
import { recognizer, TEXT } from './harness';

let db: BackstoryDb;
let n = 0;
let broadcasts = 0;
let knowledgeStore: ReturnType<typeof createDexieKnowledgeCache>;
const deps = (): BackgroundDeps => ({
  db,
  recognizer: async () => recognizer,
  attributionTagger: async () => null,
  knowledge: () => ({
    lookup: async (q) => ({ status: 'none', query: q.name }),
    choose: async () => {},
    settled: async () => {},
    clear: async () => {},
  }),
  knowledgeStore,
  now: () => 1_700_000_000_000,
  broadcastSettings: () => void broadcasts++,
  broadcastErased: () => {},
  isPrivateTab: async () => false,
  askTabUrl: async () => null,
  readPage: async (html: string, url: string) => readPageHtml(new DOMParser(), html, url),
});

beforeEach(() => {
  knowledgeStore = createDexieKnowledgeCache(`test-handlers-knowledge-${n}`);
  db = openDatabase(`test-handlers-${n++}`);
  broadcasts = 0;
});
afterEach(async () => {
  knowledgeStore.close();
  await db.delete();
});

const analyzeReq = (url = 'https://news.example/story?utm_source=x', lang: string | null = 'en') => ({
  text: TEXT,
  meta: { title: 'Minister back', url, published: '2020-10-05', site: 'News', byline: null, lang },
});

describe('background handlers', () => {
  it('analyses a page, records it under its canonical URL, and serves the popup from the database', async () => {
    const h = createHandlers(deps());
    const { analysis } = await h.content['page/analyze'](analyzeReq(), {
      tabId: 7,
      incognito: false,
      url: 'https://news.example/story',
    });
    expect(analysis.url).toBe('https://news.example/story');
    expect(analysis.entities.map((e) => e.name)).toEqual(['Fuad Hussein', 'Baghdad']);
    expect(await db.articles.count()).toBe(1);
    const { view } = await h.extensionPage['view/page']({ tabId: 7 });
    expect(view!.entities.map((e) => e.name)).toEqual(['Baghdad', 'Fuad Hussein']);
  });

  it('leaves a page that declares another language alone: no entities, nothing recorded', async () => {
    const h = createHandlers(deps());
    const { analysis } = await h.content['page/analyze'](analyzeReq(undefined, 'hu'), {
      tabId: 7,
      incognito: false,
      url: 'https://news.example/story',
    });
    expect(analysis.language).toBe('hu');
    expect(analysis.entities).toEqual([]);
    expect(await db.articles.count()).toBe(0);
  });

  it('stores nothing for a private window, yet the popup still shows the page', async () => {
    const h = createHandlers(deps());
    await h.content['page/analyze'](analyzeReq(), { tabId: 3, incognito: true, url: 'https://news.example/story' });
    const saved = await h.content['highlight/save'](
      {
        url: 'https://news.example/story',
        title: 't',
        site: 's',
        note: '',
        quote: { type: 'TextQuoteSelector', exact: 'Baghdad', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 47, end: 54 },
      },
      { tabId: 3, incognito: true, url: 'https://news.example/story' },
    );
    expect(saved).toEqual({ ok: false, reason: 'private-window' });
    for (const table of db.tables) expect(await table.count()).toBe(0);
    const { view } = await h.extensionPage['view/page']({ tabId: 3 });
    expect(view!.entities).toHaveLength(2);
  });

  it('says a highlight was not saved when the database refuses the write', async () => {
    const h = createHandlers(deps());
    db.highlights.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    const saved = await h.content['highlight/save'](
      {
        url: 'https://news.example/story',
        title: 't',
        site: 's',
        note: 'a note',
        quote: { type: 'TextQuoteSelector', exact: 'Baghdad', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 47, end: 54 },
      },
      { tabId: 3, incognito: false, url: 'https://news.example/story' },
    );
    expect(saved).toEqual({ ok: false, reason: 'storage' });
  });

  it('"turn off on this site" takes the host from the sender, not the message', async () => {
    const h = createHandlers(deps());
    await h.content['site/disable-here']({}, { tabId: 1, incognito: false, url: 'https://news.example/x' });
    const { enabled } = await h.content['page/settings'](
      {},
      { tabId: 2, incognito: false, url: 'https://news.example/y' },
    );
    expect(enabled).toBe(false);
    expect(broadcasts).toBe(1);
  });

  it('does not look names up when the reader turned look-ups off', async () => {
    const h = createHandlers({
      ...deps(),
      knowledge: () => {
        throw new Error('must not be called');
      },
    });
    await h.extensionPage['settings/set']({ patch: { lookups: false } });
    const r = await h.content['knowledge/lookup'](
      { name: 'Fuad Hussein', aliases: [], type: 'PERSON', roles: [], context: [], published: null },
      { tabId: 1, incognito: false, url: 'https://news.example/story' },
    );
    expect(r).toEqual({ status: 'none', query: 'Fuad Hussein' });
  });

  it('exports highlights and a backup, erases everything with the Wikidata choices, and imports both', async () => {
    const h = createHandlers(deps());
    const sender = { tabId: 1, incognito: false, url: 'https://news.example/story' };
    await h.content['highlight/save'](
      {
        url: 'https://news.example/story',
        title: 'Minister back',
        site: 'News',
        note: 'why January?',
        quote: { type: 'TextQuoteSelector', exact: 'in January', prefix: 'visited Baghdad ', suffix: ', according' },
        position: { type: 'TextPositionSelector', start: 150, end: 160 },
      },
      sender,
    );
    const md = await h.extensionPage['highlights/export']({ format: 'markdown' });
    expect(md.count).toBe(1);
    expect(md.text).toContain('in January');
    expect(md.text).toContain('why January?');
    const json = await h.extensionPage['highlights/export']({ format: 'json' });
    await h.content['page/analyze'](analyzeReq(), sender);
    await knowledgeStore.mergeChoices([{ name: 'Fuad Hussein', qid: 'Q5508166', at: 5 }]);
    const backup = await h.extensionPage['data/export']({});
    expect(backup).toMatchObject({ articles: 1, highlights: 1 });

    await h.extensionPage['data/erase']({});
    expect(await db.highlights.count()).toBe(0);
    expect(await knowledgeStore.allChoices()).toEqual([]);
    const r = await h.extensionPage['highlights/import']({ json: json.text });
    expect(r).toMatchObject({ imported: 1, rejected: 0 });
    const list = await h.content['highlight/list']({ url: 'https://news.example/story' }, sender);
    expect(list.map((x) => x.note)).toEqual(['why January?']);

    await h.extensionPage['data/erase']({});
    expect(await h.extensionPage['data/import']({ json: backup.json })).toMatchObject({
      ok: true,
      imported: { articles: 1, highlights: 1, choices: 1 },
    });
    expect(await knowledgeStore.allChoices()).toEqual([{ name: 'Fuad Hussein', qid: 'Q5508166', at: 5 }]);
  });

  it('saves through createHighlight: what an import would refuse is refused with a reason, not stored', async () => {
    const h = createHandlers(deps());
    const sender = { tabId: 1, incognito: false, url: 'https://news.example/story' };
    const reply = await h.content['highlight/save'](
      {
        url: 'https://news.example/story',
        title: 't',
        site: 's',
        note: '',
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 3, end: 3 },
      },
      sender,
    );
    expect(reply).toEqual({ ok: false, reason: 'invalid' });
    expect(await db.highlights.count()).toBe(0);
  });

  it('forgets what a tab showed once its page moved to another address', async () => {
    const h = createHandlers(deps());
    const sender = { tabId: 4, incognito: true, url: 'https://news.example/story' };
    await h.content['page/analyze'](analyzeReq(), sender);
    expect((await h.extensionPage['view/page']({ tabId: 4 })).view).not.toBeNull();
    await h.content['page/navigated']({}, sender);
    expect((await h.extensionPage['view/page']({ tabId: 4 })).view).toBeNull();
  });
});
