// Reading and driving a web page the way a reader would, through the hooks of test/e2e/CONTRACT.md.
// Every function takes a Playwright or Puppeteer page and uses only evaluate(fn, arg), mouse and keyboard.
import { assert, sleep, waitFor } from '../lib/harness.mjs';

/** Containers in which nothing may ever be marked (CONTRACT.md, "Page"). */
export const NO_MARK_ZONES =
  'input, textarea, [contenteditable], script, style, code, pre, svg, nav, header, footer, aside, figcaption, form';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];

/** The selector of a kind of mark: the page sees presentation classes only (CONTRACT.md, "Page"). */
export const markSelector = (kind) => `span.bs-mark.bs-${kind}`;

/**
 * Every mark of the page as a page script sees it (its kind and type from its presentation classes, its text,
 * whether it is focusable, the no-mark zone it sits in) and, given the driver, what it stands for (key,
 * category, highlight id), which only the content script knows: `debug/marks`, matched by document order.
 */
export async function readMarks(page, driver = null) {
  const marks = await page.evaluate(
    ({ zones, types }) =>
      [...document.querySelectorAll('span.bs-mark')].map((el) => ({
        kind: ['entity', 'attribution', 'saved'].find((k) => el.classList.contains(`bs-${k}`)) ?? null,
        type: types.find((t) => el.classList.contains(`bs-${t.toLowerCase()}`)) ?? null,
        key: null,
        category: null,
        id: null,
        start: null,
        text: el.textContent ?? '',
        focusable: el.getAttribute('tabindex') === '0',
        zone: el.parentElement?.closest(zones)?.tagName.toLowerCase() ?? null,
      })),
    { zones: NO_MARK_ZONES, types: ENTITY_TYPES },
  );
  if (!driver) return marks;
  const facts = await driver.marks(await driver.tabIdFor(page));
  for (const fact of facts) {
    const mark = marks[fact.index];
    if (mark) Object.assign(mark, { key: fact.key, category: fact.category, id: fact.id, start: fact.start });
  }
  return marks;
}

export async function waitForMarks(page, { kind = 'entity', min = 1, timeout = 10000, within = null } = {}) {
  return waitFor(
    async () => {
      const count = await page.evaluate(
        ({ selector, within }) => {
          const scope = within ? document.querySelector(within) : document;
          return scope ? scope.querySelectorAll(selector).length : 0;
        },
        { selector: markSelector(kind), within },
      );
      return count >= min ? count : 0;
    },
    { timeout, message: `${min}+ ${kind} mark(s)${within ? ` in ${within}` : ''}` },
  );
}

/** Scrolls the n-th element matching `selector` to the middle of the viewport; returns its centre. */
export async function centreOf(page, selector, index = 0) {
  const point = await page.evaluate(
    ({ selector, index }) => {
      const el = document.querySelectorAll(selector)[index];
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { selector, index },
  );
  assert(point, `no element ${selector} #${index}`);
  return point;
}

export async function hover(page, selector, index = 0) {
  // Start away from the target so the pointer really enters it.
  await page.mouse.move(1, 1);
  const { x, y } = await centreOf(page, selector, index);
  await page.mouse.move(x, y, { steps: 4 });
}

export function waitForCard(driver, tabId, { open = true, timeout = 4000 } = {}) {
  return waitFor(
    async () => {
      const state = await driver.uiState(tabId);
      return state?.card?.open === open ? state : null;
    },
    { timeout, message: `the card to be ${open ? 'open' : 'closed'} (debug/ui-state)` },
  );
}

/**
 * Hovers the first entity mark whose text is `name` with the real pointer and waits for its card to contain
 * every one of `texts`; returns the card's text.
 */
export async function cardOfName(driver, page, tabId, name, texts, timeout = 6000) {
  // Marks are painted in slices (and repainted when the page changes): find, scroll to and point at the
  // name in one step, retrying until it is there.
  const point = await waitFor(
    () =>
      page.evaluate((name) => {
        const mark = [...document.querySelectorAll('span.bs-mark.bs-entity')].find((m) => m.textContent === name);
        if (!mark) return null;
        mark.scrollIntoView({ block: 'center' });
        const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, name),
    { timeout: 5000, message: `"${name}" to be marked on the page` },
  );
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  let last = '';
  await waitFor(
    async () => {
      const state = await driver.uiState(tabId);
      last = normalise(state?.card?.text ?? '');
      return state?.card?.open && texts.every((t) => last.includes(t));
    },
    { timeout, message: `the card of ${name} to show ${JSON.stringify(texts)} (card: "${last.slice(0, 300)}")` },
  );
  return last;
}

/** Presses Tab until an element matching `selector` has the keyboard focus; returns its text. */
export async function tabToMark(page, selector = 'span.bs-mark', maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((selector) => {
      const el = document.activeElement;
      return el?.matches(selector) ? { text: el.textContent ?? '' } : null;
    }, selector);
    if (focused) return focused;
  }
  throw new Error(`nothing matching ${selector} took the keyboard focus after ${maxPresses} Tab presses`);
}

/** The card's host as a page script finds it: the one element of ours on `<html>`, next to head and body. */
export const CARD_HOST = ':root > div';

/** What a page script can see of the card: its host, shadowRoot and the page's own text. */
export function pageViewOfCard(page) {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    return {
      hostExists: Boolean(host),
      hostTag: host?.tagName ?? null,
      shadowRootIsNull: host ? host.shadowRoot === null : null,
      hostText: host?.textContent ?? '',
      bodyText: document.body.innerText,
      documentText: document.documentElement.textContent ?? '',
    };
  }, CARD_HOST);
}

/**
 * Selects about `length` characters of a long text run of the article by dragging the real
 * mouse across them, as a reader does; returns the text the browser selected.
 */
export async function dragSelectArticleText(page, length = 40) {
  const span = await page.evaluate(
    ({ length, zones }) => {
      const scope = document.querySelector('article') ?? document.body;
      const candidates = [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('.bs-mark.bs-saved') || parent.closest(zones) || !parent.closest('p')) continue;
        candidates.push(node);
      }
      // Text outside marks first (the usual case); text inside an entity or attribution mark will do.
      const ordered = [
        ...candidates.filter((n) => !n.parentElement.closest('.bs-mark')),
        ...candidates.filter((n) => n.parentElement.closest('.bs-mark')),
      ];
      for (const node of ordered) {
        const parent = node.parentElement;
        const text = node.data;
        const start = text.search(/\S/);
        if (start < 0 || text.length - start < length + 10) continue;
        // End on a word boundary so the quote is a readable phrase.
        let end = start + length;
        while (end < text.length && /\w/.test(text[end])) end++;
        parent.scrollIntoView({ block: 'center', inline: 'nearest' });
        const charRect = (i) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getClientRects()[0];
        };
        const first = charRect(start);
        const last = charRect(end - 1);
        // Only a visible run on one line gives a drag with a predictable result.
        if (!first || !last || Math.abs(first.top - last.top) > 2) continue;
        if (first.left < 0 || last.right > window.innerWidth || first.top < 0 || last.bottom > window.innerHeight)
          continue;
        return {
          from: { x: first.left + 1, y: first.top + first.height / 2 },
          to: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    { length, zones: NO_MARK_ZONES },
  );
  assert(span, 'plain article text on one line to select');
  await page.mouse.move(span.from.x, span.from.y);
  await page.mouse.down();
  await page.mouse.move(span.to.x, span.to.y, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** The text of the saved-highlight marks, grouped by highlight id (known to the content script only). */
export async function savedHighlights(page, driver) {
  const byId = new Map();
  for (const mark of await readMarks(page, driver)) {
    if (mark.kind === 'saved') byId.set(mark.id, (byId.get(mark.id) ?? '') + mark.text);
  }
  return [...byId.values()];
}

/** Waits for `selector` to match at least `min` elements of the popup; returns their texts. */
export async function popupTexts(popup, selector, { min = 1, timeout = 8000 } = {}) {
  try {
    return await waitFor(
      async () => {
        const texts = await popup.evaluate(
          (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent ?? ''),
          selector,
        );
        return texts.length >= min ? texts : null;
      },
      { timeout, message: `${min}+ "${selector}" in the popup` },
    );
  } catch (error) {
    const shown = await popup.evaluate(() => `${location.href}: ${document.body.innerText}`).catch(() => '?');
    throw new Error(`${error.message}; the popup shows ${JSON.stringify(normalise(shown).slice(0, 400))}`);
  }
}

export const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** Gives a page that must stay unmarked the time a marked page needs, then returns its marks. */
export async function marksAfterSettling(page, ms = 3000) {
  await sleep(ms);
  return readMarks(page);
}
