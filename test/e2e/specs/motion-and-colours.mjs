// The reader's display settings end to end: with `prefers-reduced-motion: reduce` the marks and the card do not
// move; with `forced-colors: active` (Windows high contrast, Firefox's "override the page's colours") the
// kinds of mark are still told apart, the card is readable and the focus ring shows. Computed styles, as the
// browser applies entrypoints/content/marks.css and the card's sheet (src/ui/card/card.css.ts).
import { assert, waitFor } from '../lib/harness.mjs';
import { cardOfName, dragSelectArticleText, tabToMark, waitForMarks } from './page.mjs';

const PAGE = 'knowledge-2020.html';
const NAME = 'Mustafa al-Kadhimi';
const SHOWN_ENTITY = 'span.bs-mark.bs-entity:not(.bs-quiet)';

/** [r, g, b, alpha] of a computed `rgb()`/`rgba()` colour, or null (a keyword the browser left as it is). */
function rgba(css) {
  const m = /^rgba?\(([^)]+)\)$/.exec(css.trim());
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a, b) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const px = (css) => Number.parseFloat(css) || 0;

/** The computed style of every mark of a kind (`selector`) that tells it apart, as the page renders it. */
function markStyles(page, selector) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => {
        const s = getComputedStyle(el);
        return {
          text: el.textContent,
          line: s.textDecorationLine,
          lineStyle: s.textDecorationStyle,
          thickness: s.textDecorationThickness,
          background: s.backgroundColor,
          transitionDuration: s.transitionDuration,
          animationName: s.animationName,
        };
      }),
    selector,
  );
}

/** Whether the page's media queries see the setting the run asked for (else the test would prove nothing). */
async function assertMedia(page, query) {
  const matches = await page.evaluate((q) => matchMedia(q).matches, query);
  assert(matches, `the page does not match ${query}: the browser did not take the setting`);
}

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, emulate: (page: any) => Promise<void> }} options emulate: applies this
 *   run's setting to a page (Chromium emulates it; Firefox was launched with it, so nothing to do)
 * @param {{ reduce: boolean }} motion whether this run asks for reduced motion
 */
export function defineMotionScenarios(suite, { driver, server, emulate }, { reduce }) {
  const query = `(prefers-reduced-motion: ${reduce ? 'reduce' : 'no-preference'})`;
  const title = reduce
    ? 'reduced motion: the marks have no transition and the card opens without animation'
    : 'control, without reduced motion: the marks have their transition and the card its animation';

  suite.test(title, async () => {
    const { page } = await driver.open(server.url(`/${PAGE}`));
    try {
      await emulate(page);
      await assertMedia(page, query);
      await waitForMarks(page, { min: 5, within: 'article' });
      const marks = await markStyles(page, 'span.bs-mark');
      const moving = marks.filter((m) => m.transitionDuration.split(',').some((d) => px(d) > 0));
      const still = marks.filter((m) => !moving.includes(m));
      if (reduce) {
        assert(moving.length === 0, `marks with a transition: ${JSON.stringify(moving.slice(0, 2))}`);
        assert(
          marks.every((m) => m.animationName === 'none'),
          'a mark is animated',
        );
      } else {
        assert(still.length === 0, `marks without their transition: ${JSON.stringify(still.slice(0, 2))}`);
      }
      const tabId = await driver.tabIdFor(page);
      await cardOfName(driver, page, tabId, NAME, ['In this article']);
      const { style } = (await driver.uiState(tabId)).card;
      assert(style, 'debug/ui-state gives the open card its computed style');
      if (reduce) {
        assert(
          style.animationName === 'none' && style.transitionDuration.split(',').every((d) => px(d) === 0),
          `the card moves: animation ${style.animationName}, transition ${style.transitionDuration}`,
        );
      } else {
        assert(style.animationName !== 'none', 'the card has no appear animation without reduced motion');
      }
    } finally {
      await page.close().catch(() => {});
    }
  });
}

/**
 * "Next mention" on a card scrolls the page to the name's next mark: with reduced motion in one jump, even on a
 * page whose own CSS asks for smooth scrolling (counted in `scroll` events up to `scrollend`).
 *
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, emulate: (page: any) => Promise<void> }} options
 */
export function defineReducedMotionScrollScenario(suite, { driver, server, emulate }) {
  suite.test(
    'reduced motion: "Next mention" jumps to the next mark, even on a page that scrolls smoothly',
    async () => {
      const { page } = await driver.open(server.url(`/${PAGE}`));
      try {
        await emulate(page);
        await assertMedia(page, '(prefers-reduced-motion: reduce)');
        await waitForMarks(page, { min: 5, within: 'article' });
        // Room above and below the article, so that any mention can be brought to the middle of the view.
        await page.evaluate(() => {
          document.body.style.padding = '100vh 0';
        });
        const tabId = await driver.tabIdFor(page);
        await cardOfName(driver, page, tabId, NAME, ['Next mention']);
        await page.evaluate(() => {
          document.documentElement.style.scrollBehavior = 'smooth';
        });
        const button = (await driver.uiState(tabId)).card.buttons.find((b) => b.text.includes('Next mention'));
        assert(button, 'the card offers "Next mention"');
        await page.evaluate(() => {
          window.__scroll = { events: 0, ended: false, from: scrollY };
          addEventListener('scroll', () => window.__scroll.events++);
          addEventListener('scrollend', () => (window.__scroll.ended = true), { once: true });
        });
        await page.mouse.click(button.rect.x + button.rect.width / 2, button.rect.y + button.rect.height / 2);
        const scroll = await waitFor(
          () => page.evaluate(() => window.__scroll.ended && { ...window.__scroll, to: scrollY }),
          {
            timeout: 5000,
            message: 'the page to scroll to the next mention',
          },
        );
        assert(scroll.to !== scroll.from, `the page did not move (${scroll.from})`);
        assert(
          scroll.events === 1,
          `a smooth scroll: ${scroll.events} scroll events from ${scroll.from} to ${scroll.to}`,
        );
      } finally {
        await page.close().catch(() => {});
      }
    },
  );
}

/**
 * @param {ReturnType<import('../lib/harness.mjs').createSuite>} suite
 * @param {{ driver: any, server: any, emulate: (page: any) => Promise<void> }} options
 */
export function defineForcedColoursScenarios(suite, { driver, server, emulate }) {
  const query = '(forced-colors: active)';

  /** The system colour Canvas (the page background forced colours paint), as this browser renders it. */
  const canvasOf = (page) =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });

  async function article() {
    const { page } = await driver.open(server.url(`/${PAGE}`));
    await emulate(page);
    await assertMedia(page, query);
    await waitForMarks(page, { min: 5, within: 'article' });
    await waitForMarks(page, { kind: 'attribution', min: 1 });
    return { page, tabId: await driver.tabIdFor(page) };
  }

  suite.test('forced colours: names, vague attributions and saved highlights are still told apart', async () => {
    const { page, tabId } = await article();
    try {
      // A saved highlight, saved as a reader does.
      await dragSelectArticleText(page);
      const bar = await waitFor(
        async () => {
          const s = await driver.uiState(tabId);
          return s?.saveBar?.open && s.saveBar.buttonRect ? s.saveBar.buttonRect : null;
        },
        { timeout: 4000, message: 'the save bar' },
      );
      await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await waitForMarks(page, { kind: 'saved', min: 1 });

      const canvas = rgba(await canvasOf(page));
      const names = await markStyles(page, SHOWN_ENTITY);
      const vague = await markStyles(page, 'span.bs-mark.bs-attribution');
      const saved = await markStyles(page, 'span.bs-mark.bs-saved');
      const solid = (m) => m.line.includes('underline') && m.lineStyle === 'solid' && px(m.thickness) >= 2;
      const dotted = (m) => m.line.includes('underline') && m.lineStyle === 'dotted';
      assert(
        names.length > 0 && names.every(solid),
        `names without a solid 2px underline: ${JSON.stringify(names.filter((m) => !solid(m)).slice(0, 2))}`,
      );
      assert(
        vague.length > 0 && vague.every(dotted),
        `vague attributions without a dotted underline: ${JSON.stringify(vague.filter((m) => !dotted(m)).slice(0, 2))}`,
      );
      const filled = (m) => {
        const bg = rgba(m.background);
        return bg && bg[3] > 0 && canvas && contrast(bg, canvas) > 1.5;
      };
      assert(
        saved.every(filled),
        `saved highlights not filled apart from the page background ${JSON.stringify(canvas)}: ${JSON.stringify(saved.slice(0, 2))}`,
      );
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test('forced colours: the card is readable in system colours, with its border', async () => {
    const { page, tabId } = await article();
    try {
      await cardOfName(driver, page, tabId, NAME, ['In this article']);
      const { style } = (await driver.uiState(tabId)).card;
      assert(style, 'debug/ui-state gives the open card its computed style');
      const [fg, bg] = [rgba(style.color), rgba(style.backgroundColor)];
      assert(fg && bg && bg[3] === 1, `the card's colours: ${style.color} on ${style.backgroundColor}`);
      const ratio = contrast(fg, bg);
      assert(
        ratio >= 4.5,
        `the card's text contrast is ${ratio.toFixed(2)}:1 (${style.color} on ${style.backgroundColor})`,
      );
      const edge = rgba(style.borderColor);
      assert(
        style.borderStyle === 'solid' && px(style.borderWidth) >= 2 && edge && contrast(edge, bg) >= 3,
        `the card's edge: ${style.borderWidth} ${style.borderStyle} ${style.borderColor} on ${style.backgroundColor}`,
      );
    } finally {
      await page.close().catch(() => {});
    }
  });

  suite.test('forced colours: the focus ring shows on a mark and inside the card', async () => {
    const { page, tabId } = await article();
    try {
      await page.bringToFront();
      await tabToMark(page, SHOWN_ENTITY);
      const canvas = rgba(await canvasOf(page));
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
      });
      const visible = (r, against) => {
        const c = rgba(r.color);
        return r.style !== 'none' && px(r.width) >= 2 && c && against && contrast(c, against) >= 3;
      };
      assert(visible(ring, canvas), `the focused mark's outline: ${JSON.stringify(ring)} on ${JSON.stringify(canvas)}`);

      // Into the card (Enter), then to its first control (Tab).
      await waitFor(async () => (await driver.uiState(tabId))?.card?.open, { message: 'the card to open on focus' });
      await page.keyboard.press('Enter');
      await waitFor(async () => (await driver.uiState(tabId))?.card?.focus === 'card', {
        message: 'the focus in the card',
      });
      await page.keyboard.press('Tab');
      const { style } = await waitFor(
        async () => {
          const card = (await driver.uiState(tabId))?.card;
          return card?.style?.focusOutline ? card : null;
        },
        { message: 'a control of the card to have the focus' },
      );
      const bg = rgba(style.backgroundColor);
      assert(
        visible(style.focusOutline, bg),
        `the focused control's outline: ${JSON.stringify(style.focusOutline)} on ${style.backgroundColor}`,
      );
    } finally {
      await page.close().catch(() => {});
    }
  });
}
