// Issue 5's end-to-end scenarios: background cards from a fake Wikimedia server on 127.0.0.1, in both
// browsers, with an e2e build of the extension that points its look-ups there (WXT_TEST_WIKIMEDIA_BASE).
import { assert } from '../lib/harness.mjs';
import { cardOfName, waitForMarks } from './page.mjs';
import { PROJECT_CONTACT } from '../../../src/knowledge/user-agent.ts';

const PAGE = 'knowledge-2020.html';

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, wikimedia: { requests: { path: string, params: Record<string, string>, apiUserAgent?: string }[], close: () => Promise<void> } }} options
 */
export function defineKnowledgeScenarios(suite, { driver, server, wikimedia }) {
  let opened = null;

  async function article() {
    if (opened) await opened.page.close().catch(() => {});
    opened = await driver.open(server.url(`/${PAGE}`));
    await waitForMarks(opened.page, { min: 5, within: 'article' });
    return { page: opened.page, tabId: await driver.tabIdFor(opened.page) };
  }

  const cardFor = (page, tabId, name, texts, timeout) => cardOfName(driver, page, tabId, name, texts, timeout);

  const setLookups = (on) =>
    driver.helper.evaluate(async (on) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.runtime.sendMessage({ type: 'settings/set', body: { patch: { lookups: on } } });
    }, on);

  suite.test('knowledge: nothing is looked up before the reader hovers a name', async () => {
    const before = wikimedia.requests.length;
    await article();
    await new Promise((r) => setTimeout(r, 1000));
    assert(wikimedia.requests.length === before, `${wikimedia.requests.length - before} request(s) before any hover`);
  });

  suite.test('knowledge: hovering a name shows the linked card with its description and "then and now"', async () => {
    const { page, tabId } = await article();
    const text = await cardFor(page, tabId, 'Mustafa al-Kadhimi', [
      'Prime Minister of Iraq from 2020 to 2022',
      'At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022.',
      'CC BY-SA',
      'In this article',
    ]);
    const linked = text.split('Not the right one?')[0];
    assert(
      !linked.includes('district of Baghdad'),
      'linked to the prime minister, not the Baghdad district (offered only as an alternative)',
    );
    const sent = wikimedia.requests.map((r) => JSON.stringify(r.params));
    assert(sent.length > 0, 'the card was built from look-ups');
    assert(
      sent.every((s) => !s.includes('127.0.0.1') && !s.includes(PAGE) && !s.includes('news.example.org')),
      'no request carries the page address',
    );
    assert(
      wikimedia.requests.every(
        (r) => (r.apiUserAgent ?? '').startsWith('Backstory/') && r.apiUserAgent.includes(PROJECT_CONTACT),
      ),
      "requests identify Backstory and the project's contact",
    );
  });

  suite.test(
    'knowledge: an ambiguous name links to the one the article means (Fuad Hussein, the minister)',
    async () => {
      const { page, tabId } = await article();
      const text = await cardFor(page, tabId, 'Fuad Hussein', [
        'Iraqi Kurdish politician',
        'At the time of this article (Oct 2020): Minister of Foreign Affairs of Iraq, since Jun 2020.',
      ]);
      const linked = text.split('Not the right one?')[0];
      assert(
        !linked.includes('Saddam') && !linked.includes('footballer'),
        `linked to the wrong Hussein: ${linked.slice(0, 200)}`,
      );
    },
  );

  suite.test(
    'knowledge: with look-ups off, the card shows what the article says and nothing is requested',
    async () => {
      await setLookups(false);
      try {
        const { page, tabId } = await article();
        const before = wikimedia.requests.length;
        const text = await cardFor(page, tabId, 'Barham Salih', ['In this article', 'President']);
        assert(!text.includes('Background'), 'no knowledge section with look-ups off');
        assert(wikimedia.requests.length === before, 'a look-up was made with look-ups off');
      } finally {
        await setLookups(true);
      }
    },
  );

  suite.test('knowledge: with the server down, the card still shows the article and the reader’s history', async () => {
    await wikimedia.close();
    const { page, tabId } = await article();
    await cardFor(
      page,
      tabId,
      'Mike Pompeo',
      ['In this article', 'US Secretary of State', 'Earlier in your reading'],
      12000,
    );
  });

  return { close: async () => opened?.page.close().catch(() => {}) };
}
