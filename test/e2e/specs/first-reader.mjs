// What a first-time reader meets (issue 14), in both browsers: saving a highlight with a note by mouse and by
// keyboard, the popup within Chrome's 600 px, and the popup's words for a page in another language and for
// a tab that is gone.
import fs from 'node:fs';
import path from 'node:path';
import { assert, sleep, waitFor } from '../lib/harness.mjs';
import { ROOT } from '../lib/paths.mjs';
import { FIXTURES } from './fixtures.mjs';
import {
  dragSelectArticleText,
  hover,
  normalise,
  popupTexts,
  savedHighlights,
  waitForCard,
  waitForMarks,
} from './page.mjs';

/** Where the e2e runs leave their screenshots (scripts/test-all.mjs keeps its artifacts there too). */
const ARTIFACTS = path.join(ROOT, '.e2e-artifacts');
/** Chrome shows a popup at most 600 px tall (and 800 wide); ours is 380 wide. */
export const POPUP_SIZE = { width: 380, height: 600 };
const DESKTOP = { width: 1280, height: 900 };

/** Playwright and Puppeteer name the same thing differently. */
export const resize = (page, size) => (page.setViewportSize ? page.setViewportSize(size) : page.setViewport(size));

/** The save bar, once it is open with its buttons (debug/ui-state). */
export const openBar = (driver, tabId) =>
  waitFor(
    async () => {
      const s = await driver.uiState(tabId);
      return s?.saveBar?.open && s.saveBar.buttons.length ? s.saveBar : null;
    },
    { timeout: 4000, message: 'the save bar (debug/ui-state)' },
  );

const click = (page, rect) => page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);

/** The selection's first line and the line height of its text, in the viewport. */
const selectionLines = (page) =>
  page.evaluate(() => {
    const range = getSelection().getRangeAt(0);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const el = range.startContainer.parentElement;
    const style = getComputedStyle(el);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    return { top: rects[0].top, bottom: rects[rects.length - 1].bottom, lineHeight };
  });

/**
 * After a save with a note: the mark comes back on reload, its card shows the note, and so does the popup.
 */
async function noteSurvives({ driver, page, tabId, quote, note }) {
  const saved = async () => (await savedHighlights(page)).some((t) => normalise(t) === normalise(quote));
  await waitFor(saved, { timeout: 5000, message: `a saved mark with "${quote}"` });
  await driver.reload(page);
  await waitFor(saved, { timeout: 10000, message: `the saved mark "${quote}" after a reload` });
  const index = await page.evaluate(
    (q) =>
      [...document.querySelectorAll('span.bs-mark[data-bs-kind="saved"]')].findIndex(
        (el) => el.textContent.replace(/\s+/g, ' ').trim() === q,
      ),
    normalise(quote),
  );
  assert(index >= 0, `a single saved mark holds "${quote}"`);
  await hover(page, 'span.bs-mark[data-bs-kind="saved"]', index);
  const card = await waitForCard(driver, tabId);
  assert(normalise(card.card.text).includes(note), `the saved mark's card shows the note: ${card.card.text}`);
  const popup = await driver.popup(tabId);
  const listed = await popupTexts(popup, '[data-testid="highlights"] [data-testid="highlight"]');
  assert(
    listed.some((t) => normalise(t).includes(normalise(quote)) && normalise(t).includes(note)),
    `the popup lists "${quote}" with its note "${note}": ${JSON.stringify(listed)}`,
  );
}

export function defineFirstReaderScenarios(suite, { driver, server }) {
  const url = (file) => server.url(`/${file}`);

  suite.test('save with a note by mouse: select, Add note, type, Save; after a reload the note is back', async () => {
    const { page } = await driver.open(url(FIXTURES.article1));
    try {
      await waitForMarks(page, { min: 3 });
      const tabId = await driver.tabIdFor(page);
      const quote = await dragSelectArticleText(page, 36);
      const lines = await selectionLines(page);
      const bar = await openBar(driver, tabId);
      // The bar is below the selection: the line above it, which the reader has just read, stays visible.
      assert(
        bar.rect.y >= lines.bottom || bar.rect.y + bar.rect.height <= lines.top - lines.lineHeight,
        `the save bar ${JSON.stringify(bar.rect)} covers the line above the selection ${JSON.stringify(lines)}`,
      );
      await click(page, bar.buttons.find((b) => b.text === 'Add note').rect);
      const withNote = await waitFor(
        async () => {
          const s = (await driver.uiState(tabId)).saveBar;
          return s.open && s.focus === 'note' ? s : null;
        },
        { timeout: 3000, message: 'the note field, focused, in the open bar' },
      );
      const note = 'Who are the two officials?';
      // Typed text goes to the note: not to the page (a space would scroll it), and the bar stays open.
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.type(note);
      assert((await page.evaluate(() => window.scrollY)) === scrolled, 'typing the note scrolled the page');
      assert((await driver.uiState(tabId)).saveBar.open, 'the bar is still open after typing');
      await click(page, withNote.buttons.find((b) => b.text === 'Save highlight').rect);
      await noteSurvives({ driver, page, tabId, quote, note });
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test('save with a note by keyboard: Shift+Arrow selects, Tab reaches the bar, Enter, type, Enter', async () => {
    const { page } = await driver.open(url(FIXTURES.article1));
    try {
      await waitForMarks(page, { min: 3 });
      const tabId = await driver.tabIdFor(page);
      // The reader's caret at the start of the last paragraph (caret browsing puts it where they read).
      await page.evaluate(() => {
        const paragraphs = [...document.querySelectorAll('article p')].filter((p) => p.textContent.length > 80);
        const p = paragraphs[paragraphs.length - 1];
        p.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const first = walker.nextNode();
        getSelection().collapse(first, 0);
        getSelection().extend(first, 1);
      });
      await page.keyboard.down('Shift');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.up('Shift');
      await openBar(driver, tabId);
      const quote = await page.evaluate(() => getSelection().toString());
      assert(quote.trim().length > 0, 'a keyboard selection');
      await page.keyboard.press('Tab');
      await waitFor(async () => (await driver.uiState(tabId)).saveBar.focus === 'Add note', {
        timeout: 3000,
        message: 'Tab to move the focus to "Add note"',
      });
      await page.keyboard.press('Enter');
      await waitFor(async () => (await driver.uiState(tabId)).saveBar.focus === 'note', {
        timeout: 3000,
        message: 'the note field to take the focus',
      });
      const note = 'Check the ministry statement';
      await page.keyboard.type(note);
      await page.keyboard.press('Enter');
      await noteSurvives({ driver, page, tabId, quote: quote.trim(), note });
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test(
    'popup at 600 px: the highlights and the earlier reading are visible without scrolling; each event once',
    async () => {
      const { page } = await driver.open(url(FIXTURES.article1));
      const popupPage = driver.helper;
      try {
        await waitForMarks(page, { min: 3 });
        // The same tab moves on to article 2, which shares names with article 1: earlier reading.
        await driver.goto(page, url(FIXTURES.article2));
        await waitForMarks(page, { min: 3 });
        const tabId = await driver.tabIdFor(page);
        const quote = await dragSelectArticleText(page, 30);
        await click(page, (await openBar(driver, tabId)).buttonRect);
        await waitFor(async () => (await savedHighlights(page)).some((t) => normalise(t) === normalise(quote)), {
          timeout: 5000,
          message: `the highlight "${quote}"`,
        });
        await resize(popupPage, POPUP_SIZE);
        const popup = await driver.popup(tabId);
        await popupTexts(popup, '[data-testid="timeline"] [data-testid="event"][data-earlier="true"]');
        const seen = await popup.evaluate(() => {
          const bottom = (sel) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
          return {
            highlight: bottom('[data-testid="highlights"] [data-testid="highlight"]'),
            earlier: bottom('[data-testid="timeline"] [data-testid="event"]'),
            names: document.querySelectorAll('[data-testid="entity"]').length,
            viewport: innerHeight,
            scrolled: scrollY,
          };
        });
        assert(seen.viewport === POPUP_SIZE.height, `the popup is ${seen.viewport} px tall`);
        assert(seen.scrolled === 0, 'the popup is not scrolled');
        assert(seen.highlight <= seen.viewport, `the first highlight ends at ${seen.highlight} px`);
        assert(seen.earlier <= seen.viewport, `the first earlier event ends at ${seen.earlier} px`);
        assert(seen.names > 0, 'the names are listed too');
        // One item per event clause across the whole timeline, and the earlier reading is article 1's, never
        // this article restated as history.
        const events = await popup.evaluate(() =>
          [...document.querySelectorAll('[data-testid="event"]')].map((li) => ({
            clause: li.querySelector('p').textContent.replace(li.querySelector('time').textContent, ''),
            earlier: li.dataset.earlier === 'true',
            from: li.querySelector('a')?.textContent ?? null,
          })),
        );
        const clauses = events.map((e) => normalise(e.clause).toLowerCase());
        const repeated = clauses.filter((c, i) => clauses.indexOf(c) !== i);
        assert(repeated.length === 0, `the timeline repeats ${JSON.stringify(repeated)}`);
        const title = normalise(await page.title());
        const restated = events.filter((e) => e.earlier && e.from && title.includes(normalise(e.from)));
        assert(restated.length === 0, `this article restated as earlier reading: ${JSON.stringify(restated)}`);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await popup.screenshot({ path: path.join(ARTIFACTS, `popup-600-${driver.name}.png`) });
      } finally {
        await resize(popupPage, DESKTOP).catch(() => {});
        await page.close().catch(() => {});
      }
    },
  );

  suite.test('popup on a page in French: says the language is not supported, and why there are no marks', async () => {
    const { page } = await driver.open(url(FIXTURES.nonEnglish));
    try {
      const tabId = await driver.tabIdFor(page);
      await waitFor(async () => (await driver.whoami(tabId))?.status?.state === 'unsupported-language', {
        timeout: 10000,
        message: 'the page to say it is in another language (page/whoami)',
      });
      const popup = await driver.popup(tabId);
      const [text] = await popupTexts(popup, '[data-testid="empty"][data-reason="unsupported-language"]');
      assert(
        /This page is in French\. Backstory reads English articles only/.test(normalise(text)),
        `the popup says so: ${JSON.stringify(text)}`,
      );
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test('popup for a tab that is gone: an error with a retry, not "Loading…" for ever', async () => {
    const { page } = await driver.open(url(FIXTURES.article1));
    const tabId = await driver.tabIdFor(page);
    await page.close();
    const popup = await driver.popup(tabId);
    await popupTexts(popup, '[data-testid="error"]', { timeout: 12000 });
    await popup.click('[data-testid="retry"]');
    // Asked again: the tab is still gone, and the popup says so again rather than waiting.
    await sleep(200);
    await popupTexts(popup, '[data-testid="error"] [data-testid="retry"]', { timeout: 12000 });
    const text = await popup.evaluate(() => document.body.innerText);
    assert(!text.includes('Loading'), `the popup still says Loading: ${JSON.stringify(text)}`);
  });
}
