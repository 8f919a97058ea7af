// Issue 10's hostile pages (test/fixtures/pages/hostile): a page that tries to learn what the reader has
// read. Each test runs one attack (attacks.js) and checks what the page learnt (window.__learnt): nothing of
// the card, the history or the highlights, and no look-up reaches Wikimedia without the reader's own input.
import { assert, sleep, waitFor } from '../lib/harness.mjs';
import {
  centreOf,
  dragSelectArticleText,
  hover,
  normalise,
  popupTexts,
  readMarks,
  savedHighlights,
  waitForCard,
  waitForMarks,
} from './page.mjs';

/** The article the reader read before (its title shows under "Earlier in your reading" on a card). */
const HISTORY_PAGE = 'knowledge-2020.html';
const HISTORY_TITLE = 'Baghdad weighs US embassy warning';
const SECOND_TITLE = 'Mosul reopens its old iron bridge after three years of repairs';

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, wikimedia: { requests: unknown[] } }} options
 */
export function defineHostileScenarios(suite, { driver, server, wikimedia }) {
  /** The same fixture on another site: `localhost` and `127.0.0.1` are two sites to the browser and to us. */
  const otherSite = (path) => server.url(path).replace('://127.0.0.1:', '://localhost:');
  const attackUrl = (attack, extra = '') => server.url(`/hostile/story.html?attack=${attack}${extra}`);
  /** The highlight saved on the other site's page, which the cross-site canonical page tries to get. */
  let victim = null;

  async function onPage(url, fn, { marked = true } = {}) {
    const { page, errors } = await driver.open(url);
    try {
      if (marked) await waitForMarks(page, { min: 3, within: 'article' });
      return await fn(page, await driver.tabIdFor(page), errors);
    } finally {
      await page.close().catch(() => {});
    }
  }

  /** What the page learnt: its notes, its watchers turned off first so reading them notes nothing. */
  const learntBy = (page) =>
    page.evaluate(() => {
      window.__watching = false;
      return window.__learnt.slice();
    });

  /** Fails with the first note that holds any of `secrets` (keys, ids, card text, history). */
  function assertLearntNone(learnt, secrets, what) {
    const leaks = learnt.filter((line) => secrets.some((s) => s && line.includes(s)));
    assert(leaks.length === 0, `the page learnt ${what}: ${JSON.stringify(leaks.slice(0, 3)).slice(0, 400)}`);
  }

  /** Opens the card of the first focusable person with the real pointer; returns its text. */
  async function openCardByHand(page, tabId, selector = 'span.bs-mark.bs-entity.bs-person[tabindex="0"]') {
    await hover(page, selector);
    return normalise((await waitForCard(driver, tabId, { timeout: 6000 })).card.text);
  }

  /** Facts of the marks only the content script knows (debug/marks): keys and highlight ids. */
  const secretsOf = async (page) =>
    (await readMarks(page, driver)).flatMap((m) => [m.key, m.id]).filter((s) => typeof s === 'string');

  suite.test('setup: the reader has read an article (the history Backstory keeps)', async () => {
    const { page } = await driver.open(server.url(`/${HISTORY_PAGE}`));
    try {
      await waitForMarks(page, { min: 5, within: 'article' });
      const tabId = await driver.tabIdFor(page);
      const popup = await driver.popup(tabId);
      await popupTexts(popup, '[data-testid="article"]');
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test(
    'pre-defined custom elements, hooked attachShadow/attachInternals: the page reads nothing of the open card',
    () =>
      onPage(attackUrl('elements'), async (page, tabId) => {
        const card = await openCardByHand(page, tabId);
        assert(card.includes('Earlier in your reading'), `the card shows the reader's history: ${card.slice(0, 200)}`);
        await sleep(500); // the page reads everything every 100 ms
        const learnt = await learntBy(page);
        const hooks = learnt.filter((l) =>
          /constructor ran|attachShadow called|attachInternals called|kept root/.test(l),
        );
        assert(hooks.length === 0, `the page reached the card's host: ${JSON.stringify(hooks.slice(0, 3))}`);
        assertLearntNone(learnt, [card.slice(0, 60), HISTORY_TITLE, ...(await secretsOf(page))], 'the card');
      }),
  );

  suite.test('scripted focus, pointer, mouse and key events on every mark open no card and look nothing up', () =>
    onPage(attackUrl('input'), async (page, tabId) => {
      const before = wikimedia.requests.length;
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline) {
        const state = await driver.uiState(tabId);
        assert(!state.card.open, `a page script opened a card: ${normalise(state.card.text).slice(0, 120)}`);
        assert(!state.saveBar.open, 'a page script opened the save bar');
        await sleep(200);
      }
      assert(wikimedia.requests.length === before, `${wikimedia.requests.length - before} look-up(s) without a reader`);
      // The reader's own pointer still opens the card, with the page's events still firing.
      const card = await openCardByHand(page, tabId);
      assert(card.length > 0, 'the real pointer opens the card');
    }),
  );

  suite.test("a page reading every attribute of the marks learns no key and no saved highlight's id", () =>
    onPage(otherSite('/hostile/story.html?attack=attributes'), async (page, tabId) => {
      const quote = await dragSelectArticleText(page);
      const bar = await waitFor(
        async () => {
          const s = await driver.uiState(tabId);
          return s?.saveBar?.open && s.saveBar.buttonRect ? s.saveBar.buttonRect : null;
        },
        { timeout: 4000, message: 'the save bar (debug/ui-state)' },
      );
      await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
      const saved = async () => (await savedHighlights(page, driver)).some((t) => normalise(t) === normalise(quote));
      await waitFor(saved, { timeout: 5000, message: `the saved mark "${quote}"` });
      await driver.reload(page);
      await waitFor(saved, { timeout: 10000, message: `the saved mark "${quote}" after a reload` });
      victim = { url: page.url(), quote };
      await sleep(500);
      const secrets = await secretsOf(page);
      const marks = await readMarks(page, driver);
      assert(
        marks.some((m) => m.kind === 'saved' && m.id),
        'debug/marks knows the saved highlight id',
      );
      assert(
        marks.some((m) => m.kind === 'entity' && m.key?.includes('/')),
        `a surname resolved against the history ("Pompeo" → a full name): ${JSON.stringify(marks.map((m) => m.key)).slice(0, 300)}`,
      );
      const learnt = await learntBy(page);
      assert(
        learnt.some((l) => l.startsWith('mark ')),
        'the page did read the marks',
      );
      assertLearntNone(learnt, [...secrets, 'data-bs', 'person:'], 'what a mark stands for');
    }),
  );

  suite.test(
    "a canonical link to another site's page gets none of its highlights and is filed under its own address",
    async () => {
      assert(victim, 'the attribute test saved a highlight on the other site first');
      const url = attackUrl('canonical', `&victim=${encodeURIComponent(victim.url)}`);
      await onPage(url, async (page, tabId) => {
        const who = await waitFor(async () => {
          const w = await driver.whoami(tabId);
          return w?.analysed ? w : null;
        });
        assert(who.url.startsWith(server.url('/')), `filed under its own address, not ${who.url}`);
        await sleep(1500);
        const saved = (await readMarks(page)).filter((m) => m.kind === 'saved');
        assert(saved.length === 0, `the other site's highlight is shown: ${JSON.stringify(saved.slice(0, 2))}`);
        const exported = JSON.parse((await driver.send('highlights/export', { format: 'json' })).text).highlights;
        assert(
          exported.some((h) => h.url === who.url) === false &&
            exported.some((h) => normalise(h.quote.exact) === normalise(victim.quote)),
          'the highlight stays the other site’s',
        );
      });
    },
  );

  suite.test(
    'overridden Array.prototype, JSON, Node.prototype and customElements.define: Backstory works and uses none',
    () =>
      onPage(attackUrl('overrides'), async (page, tabId) => {
        const card = await openCardByHand(page, tabId);
        assert(card.length > 0, 'the card opens');
        const learnt = await learntBy(page);
        assert(learnt.length === 0, `Backstory used the page's functions: ${JSON.stringify(learnt.slice(0, 5))}`);
      }),
  );

  suite.test('a page that removes and rewrites marks in a loop: its own script keeps running, nothing breaks', () =>
    onPage(
      attackUrl('rewrite'),
      async (page, tabId, errors) => {
        // The loop starts once Backstory has painted, and runs for 3 s.
        await waitFor(() => page.evaluate(() => window.__rewriteDone === true), {
          timeout: 15000,
          message: 'the loop',
        });
        const ticks = await page.evaluate(() => window.__ticks.count);
        assert(ticks >= 30, `the page's 50 ms timer ran ${ticks} times in 3 s (Backstory starved it)`);
        assert(errors.uncaught.length === 0, `page errors: ${errors.uncaught.join(' | ')}`);
        const ours = errors.console.filter((t) => /backstory/i.test(t));
        assert(ours.length === 0, `Backstory logged errors: ${ours.join(' | ').slice(0, 300)}`);
        // What is left of the marks (repainted, or restyled by the page) still opens a card, although the
        // page removed the card's host: it comes back.
        // Backstory may be repainting what the page rewrote: try the first mark left, a few times.
        const left = 'span.bs-mark.bs-entity, span.rewritten';
        let opened = false;
        for (let attempt = 0; attempt < 8 && !opened; attempt++) {
          opened = await hover(page, left)
            .then(() => waitForCard(driver, tabId, { timeout: 1500 }))
            .then(
              () => true,
              () => false,
            );
        }
        assert(opened, 'no mark left after the loop opens a card');
        assertLearntNone(await learntBy(page), await secretsOf(page), 'what a mark stands for');
      },
      { marked: false },
    ),
  );

  suite.test('history.pushState to a second article: the marks, the popup and the record follow; nothing leaks', () =>
    onPage(attackUrl('navigate'), async (page, tabId) => {
      const firstSecrets = await secretsOf(page);
      const { x, y } = await centreOf(page, '#next-story');
      await page.mouse.click(x, y);
      const next = attackUrl('navigate', '&story=2');
      await waitFor(
        async () => {
          const who = await driver.whoami(tabId);
          const marks = await readMarks(page);
          return (
            who?.url === next &&
            marks.some((m) => m.text.includes('Jubouri')) &&
            !marks.some((m) => m.text === 'Pompeo')
          );
        },
        { timeout: 15000, message: `the marks of the second article at ${next}` },
      );
      const popup = await driver.popup(tabId);
      const title = normalise((await popupTexts(popup, '[data-testid="article"]'))[0] ?? '');
      assert(title.includes(SECOND_TITLE), `the popup shows the second article: ${JSON.stringify(title)}`);
      await sleep(300);
      assertLearntNone(await learntBy(page), [...firstSecrets, ...(await secretsOf(page))], 'a key');
    }),
  );
}
