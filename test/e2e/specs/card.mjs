// The card's placement and its keyboard walk (issues 11, 13, 14), run the same way in both browsers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert, waitFor } from '../lib/harness.mjs';
import { normalise, savedHighlights, tabToMark, waitForCard, waitForMarks } from './page.mjs';
import { FIXTURES } from './fixtures.mjs';

const SHOWN_MARK = 'span.bs-mark[role="button"][tabindex="0"]';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The focused mark's line box (viewport coordinates), or null when no mark has the focus. */
const focusedMarkRect = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.matches('span.bs-mark')) return null;
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Tab until the card's focused control is `text`; returns the state then. */
async function tabInCardTo(page, driver, tabId, text, maxPresses = 12) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const state = await driver.uiState(tabId);
    if (state?.card?.focus === text) return state;
  }
  throw new Error(`"${text}" in the card never took the focus after ${maxPresses} Tab presses`);
}

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, onPage: (file: string, fn: (page: any) => Promise<void>) => Promise<void> }} options
 */
export function defineCardScenarios(suite, { driver, onPage }) {
  suite.test('card: stays attached to its mark through scrolling, never over its line; hides when it leaves', () =>
    onPage(FIXTURES.article1, async (page) => {
      await waitForMarks(page, { min: 3 });
      const tabId = await driver.tabIdFor(page);
      await page.mouse.move(1, 1);
      // A mark in the middle of the article, opened with the keyboard (a scroll under a resting pointer
      // would be a hover leaving it).
      await tabToMark(page, SHOWN_MARK);
      await tabToMark(page, SHOWN_MARK);
      await page.evaluate(() => document.activeElement.scrollIntoView({ block: 'center' }));
      const placed = async () => {
        const [state, mark] = [await driver.uiState(tabId), await focusedMarkRect(page)];
        return state?.card?.open && state.card.rect && mark ? { card: state.card.rect, mark, state } : null;
      };
      const before = await waitFor(placed, { timeout: 4000, message: 'the card open beside the focused mark' });
      assert(!overlaps(before.card, before.mark), `the card covers its mark: ${JSON.stringify(before)}`);
      const gap = (p) => p.card.y - p.mark.y;
      let last = before;
      for (const dy of [90, -160]) {
        const moved = await page.evaluate((dy) => {
          const from = window.scrollY;
          window.scrollBy({ top: dy, behavior: 'instant' });
          return window.scrollY - from;
        }, dy);
        assert(moved !== 0, `the page scrolls (by ${dy} asked)`);
        const after = await waitFor(
          async () => {
            const now = await placed();
            const markMoved = now && Math.abs(now.mark.y - (last.mark.y - moved)) < 2;
            return markMoved && Math.abs(gap(now) - gap(before)) <= 1 && Math.abs(now.card.x - before.card.x) <= 1
              ? now
              : null;
          },
          { timeout: 3000, message: `the card to follow its mark scrolled by ${moved} px (gap ${gap(before)} px)` },
        );
        last = after;
        assert(after.state.card.visible, 'the card is shown while its mark is in view');
        assert(!overlaps(after.card, after.mark), `the card covers its mark after scrolling: ${JSON.stringify(after)}`);
      }
      // Scrolled far away, the mark is out of view: the card hides with it instead of floating over the text.
      await page.evaluate(() => window.scrollBy(0, window.innerHeight * 3));
      await waitFor(async () => (await driver.uiState(tabId))?.card?.visible === false, {
        timeout: 3000,
        message: 'the card hidden while its mark is out of view',
      });
    }),
  );

  suite.test('keyboard: Tab to a mark opens its card, Escape closes it, Enter goes in, save with the keyboard', () =>
    onPage(FIXTURES.article1, async (page) => {
      await waitForMarks(page, { min: 3 });
      const tabId = await driver.tabIdFor(page);
      await page.mouse.move(1, 1);
      // Every mark a reader sees (not a quiet mention) has its Tab stop, none inside another.
      const reach = await page.evaluate(() => {
        const marks = new Map();
        for (const el of document.querySelectorAll('span.bs-mark:not(.bs-quiet)')) {
          const id = `${el.getAttribute('data-bs-kind')}:${el.getAttribute('data-bs-start')}`;
          marks.set(id, (marks.get(id) ?? 0) + (el.getAttribute('tabindex') === '0' ? 1 : 0));
        }
        const nested = [...document.querySelectorAll('[role="button"] [role="button"]')].length;
        return { shown: marks.size, unreachable: [...marks].filter(([, n]) => n !== 1).map(([id]) => id), nested };
      });
      assert(
        reach.shown > 3 && reach.unreachable.length === 0 && reach.nested === 0,
        `one Tab stop per shown mark: ${JSON.stringify(reach)}`,
      );
      const mark = await tabToMark(page, `${SHOWN_MARK}[data-bs-kind="entity"]`);
      const opened = await waitForCard(driver, tabId);
      assert(
        normalise(opened.card.text).includes(normalise(mark.text)),
        `the card is about "${mark.text}": ${JSON.stringify(normalise(opened.card.text).slice(0, 200))}`,
      );
      const expanded = () => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'));
      assert((await expanded()) === 'true', 'the focused mark says its dialog is expanded');
      await page.keyboard.press('Escape');
      await waitForCard(driver, tabId, { open: false });
      const back = await page.evaluate(() => document.activeElement?.textContent ?? '');
      assert(back === mark.text, `the focus stays on the mark after Escape: ${JSON.stringify(back)}`);

      await page.keyboard.press('Enter');
      await waitFor(async () => (await driver.uiState(tabId))?.card?.focus === 'card', {
        timeout: 4000,
        message: 'Enter on the mark opens its card and moves the focus into it',
      });
      await tabInCardTo(page, driver, tabId, 'Save as highlight');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await savedHighlights(page)).some((t) => normalise(t) === normalise(mark.text)), {
        timeout: 5000,
        message: `"${mark.text}" saved as a highlight from the keyboard`,
      });
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      assert(focused === mark.text, `the focus is back on the saved mark: ${JSON.stringify(focused)}`);
    }),
  );

  suite.test('card: axe-core finds no violations in the real card, light and dark', () =>
    onPage(FIXTURES.article1, async (page) => {
      await waitForMarks(page, { min: 3 });
      const tabId = await driver.tabIdFor(page);
      await page.mouse.move(1, 1);
      await tabToMark(page, `${SHOWN_MARK}[data-bs-kind="entity"]`);
      const state = await waitForCard(driver, tabId);
      assert(state.card.markup.includes('role="dialog"'), 'the card markup (debug/ui-state)');
      // The card's closed shadow root is out of axe's reach (and axe finds no text to check in a shadow root
      // built from it): the same markup and styles replace the page, with the page's tone around it.
      await page.evaluate((markup) => {
        document.documentElement.innerHTML = `<head><title>card</title></head><body>${markup}</body>`;
        document.documentElement.lang = 'en';
        document.querySelector('details')?.setAttribute('open', '');
      }, state.card.markup);
      await page.evaluate(AXE_SOURCE);
      const results = {};
      for (const tone of ['light', 'dark']) {
        results[tone] = await page.evaluate(async (tone) => {
          document.body.style.background = tone === 'dark' ? '#121212' : '#ffffff';
          const card = document.querySelector('[role="dialog"]');
          card.classList.toggle('bs-dark', tone === 'dark');
          const { violations, passes } = await window.axe.run(card);
          return {
            violations: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`),
            contrastChecked: passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
          };
        }, tone);
      }
      for (const tone of ['light', 'dark']) {
        assert(results[tone].violations.length === 0, `${tone}: ${JSON.stringify(results[tone].violations)}`);
        assert(
          results[tone].contrastChecked > 0,
          `${tone}: axe checked the card's contrast ${JSON.stringify([results[tone].dbg, results[tone].incomplete]).slice(0, 1500)}`,
        );
      }
    }),
  );
}
