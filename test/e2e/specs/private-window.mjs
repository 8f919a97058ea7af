// Private windows end to end (SECURITY.md, "Private windows"): in an incognito/private window, with the
// extension allowed there, the article is marked and its cards work, but nothing reaches the extension's
// IndexedDB, and look-ups leave nothing in the browser's HTTP cache (`cache: 'no-store'`). The fake Wikimedia
// server answers with `max-age`, so a look-up the browser did store would be answered without reaching it.
import { assert, waitFor } from '../lib/harness.mjs';
import { cardOfName, dragSelectArticleText, popupTexts, waitForMarks } from './page.mjs';

const PAGE = 'knowledge-2020.html';
const NAME = 'Mustafa al-Kadhimi';
/** What the fake Wikimedia server says of him: the card shows it only when the look-ups were answered. */
const LOOKED_UP = 'Prime Minister of Iraq from 2020 to 2022';
/** The article read in a normal window after the private one (see the IndexedDB test). */
const NORMAL_PAGE = 'article-1.html';

/**
 * Every row of the extension's two databases, read from its own page (the helper tab, a normal window's):
 * `null` for a database that does not exist. Opening without a version never creates or upgrades one.
 */
function readDatabases(helper) {
  return helper.evaluate(async () => {
    const request = (r) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const existing = new Set((await indexedDB.databases()).map((d) => d.name));
    const out = {};
    for (const name of ['backstory', 'backstory-knowledge']) {
      if (!existing.has(name)) {
        out[name] = null;
        continue;
      }
      const db = await request(indexedDB.open(name));
      const tables = {};
      for (const store of db.objectStoreNames)
        tables[store] = await request(db.transaction(store).objectStore(store).getAll());
      db.close();
      out[name] = tables;
    }
    return out;
  });
}

/** The look-ups' addresses (path and query), to compare two readings' requests. */
const addressesOf = (requests) => new Set(requests.filter((r) => r.method === 'GET').map((r) => r.url));

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, wikimedia: { requests: { method: string, path: string, params: Record<string, string>, cacheControl?: string, pragma?: string }[] } }} options
 */
export function definePrivateWindowScenarios(suite, { driver, server, wikimedia }) {
  const url = server.url(`/${PAGE}`);
  /** Requests since `from`, each with its address. */
  const requestsSince = (from) =>
    wikimedia.requests.slice(from).map((r) => ({ ...r, url: `${r.path}?${new URLSearchParams(r.params)}` }));
  /** Opens the article in a normal window and its card of NAME; the look-ups that reached the server meanwhile. */
  const lookupsOfNormalCard = async () => {
    const from = wikimedia.requests.length;
    const { page } = await driver.open(url);
    try {
      await waitForMarks(page, { min: 5, within: 'article' });
      const tabId = await driver.tabIdFor(page);
      await cardOfName(driver, page, tabId, NAME, ['In this article', LOOKED_UP], 10000);
      return requestsSince(from).filter((r) => r.method === 'GET');
    } finally {
      await page.close().catch(() => {});
    }
  };
  let privateLookups = [];

  suite.test(
    'private window: the article is marked, its card is looked up with no-store, a save is refused',
    async () => {
      const from = wikimedia.requests.length;
      const win = await driver.openPrivateWindow(url);
      try {
        await waitForMarks(win.page, { min: 5, within: 'article' });
        // Saving a highlight is refused, and the reader is told why.
        await dragSelectArticleText(win.page);
        const bar = await waitFor(
          async () => {
            const s = await driver.uiState(win.tabId);
            return s?.saveBar?.open && s.saveBar.buttonRect ? s.saveBar.buttonRect : null;
          },
          { timeout: 4000, message: 'the save bar' },
        );
        await win.page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
        await waitFor(async () => (await driver.uiState(win.tabId))?.saveBar?.text.includes('private windows'), {
          timeout: 4000,
          message: 'the save bar to say that private windows keep nothing',
        });

        await cardOfName(driver, win.page, win.tabId, NAME, ['In this article', LOOKED_UP], 10000);
        privateLookups = requestsSince(from).filter((r) => r.method === 'GET');
        assert(privateLookups.length > 0, 'the card was built from look-ups to the fake Wikimedia server');
        const stored = privateLookups.filter((r) => r.cacheControl !== 'no-cache' || r.pragma !== 'no-cache');
        assert(
          stored.length === 0,
          `look-ups without no-store (no "Cache-Control: no-cache" and "Pragma: no-cache"): ${JSON.stringify(stored.slice(0, 2)).slice(0, 300)}`,
        );

        // The popup shows the private tab's page, from memory.
        const popup = await driver.popup(win.tabId);
        const entities = await popupTexts(popup, '[data-testid="entity"]');
        assert(
          entities.some((t) => t.includes(NAME)),
          `the popup lists ${NAME}: ${JSON.stringify(entities).slice(0, 200)}`,
        );
      } finally {
        await win.close();
      }
    },
  );

  suite.test(
    "private window: nothing of it is in the extension's IndexedDB (the article read next in a normal window is)",
    async () => {
      // The article read next, in a normal window, is recorded: once it is there, a record of the private
      // reading (earlier) would be too. No fixed wait.
      const { page } = await driver.open(server.url(`/${NORMAL_PAGE}`));
      try {
        await waitForMarks(page, { min: 3 });
        const normalUrl = page.url();
        const dbs = await waitFor(
          async () => {
            const read = await readDatabases(driver.helper);
            return read.backstory?.articles?.some((a) => a.url === normalUrl) ? read : null;
          },
          { timeout: 10000, message: `the normal window's article ${normalUrl} in IndexedDB` },
        );
        const { articles, mentions, events, roles, entities, highlights } = dbs.backstory;
        assert(
          articles.length === 1,
          `one article recorded, the normal window's: ${JSON.stringify(articles.map((a) => a.url))}`,
        );
        const fromPrivate = [...mentions, ...events, ...roles].filter((r) => r.articleUrl === url);
        assert(fromPrivate.length === 0, `${fromPrivate.length} mention/event/role record(s) of the private article`);
        const mentioned = new Set(mentions.map((m) => m.entityKey));
        const orphans = entities.filter((e) => !mentioned.has(e.key)).map((e) => e.name);
        assert(orphans.length === 0, `entities recorded from the private article: ${orphans.join(', ')}`);
        assert(highlights.length === 0, `${highlights.length} highlight(s) recorded`);
        const looked = dbs['backstory-knowledge'];
        const kept = [...(looked?.entries ?? []), ...(looked?.choices ?? [])];
        assert(kept.length === 0, `the private look-ups were kept: ${JSON.stringify(kept).slice(0, 200)}`);
      } finally {
        await page.close().catch(() => {});
      }
    },
  );

  suite.test(
    "private window: its look-ups are not in the HTTP cache (a normal window's same look-ups reach the server)",
    async () => {
      assert(privateLookups.length > 0, 'the first test looked the name up in a private window');
      const normal = await lookupsOfNormalCard();
      const again = addressesOf(normal);
      const missing = [...addressesOf(privateLookups)].filter((a) => !again.has(a));
      assert(missing.length === 0, `answered from the HTTP cache, not the server: ${missing.join(' ')}`);
      // A normal window's look-ups use the HTTP cache as usual: the headers above tell the two apart.
      assert(
        normal.every((r) => r.cacheControl !== 'no-cache'),
        "a normal window's look-up bypassed the HTTP cache",
      );
    },
  );

  suite.test(
    "control: the browser's HTTP cache keeps the fake server's answers (after erasing, the same card needs no request)",
    async () => {
      const erased = await driver.send('data/erase', {});
      assert(erased?.ok !== false, `erase all data: ${JSON.stringify(erased)}`);
      const reached = await lookupsOfNormalCard();
      assert(
        reached.length === 0,
        `${reached.length} look-up(s) reached the server: the test above could not see a cached answer`,
      );
    },
  );
}
