// Calm reading, measured on real pages: how many marks a reader sees per 100 words of article before calm
// reading (every mention of every type, groups included) and after (the default: each name's first mention,
// groups off; and focus mode), in Chromium with the e2e build. With `--screenshots`, writes before/after
// pictures of each page, light and as a dark site, and of the card, to docs/calm-reading/.
// Reads ../shared/pages in place; needs `npm run build:e2e`.
//   node --import tsx scripts/calm-reading.mjs [--screenshots] [--before-ext DIR]
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../src/analysis/extract/readable-article.ts';
import { launchChromium } from '../test/e2e/lib/chromium.mjs';
import { waitFor } from '../test/e2e/lib/harness.mjs';
import { E2E_CHROME_EXT, ROOT, SHARED_PAGES } from '../test/e2e/lib/paths.mjs';
import { startServer } from '../test/e2e/lib/server.mjs';
import { waitForMarks } from '../test/e2e/specs/page.mjs';

/** English news pages of ../shared/pages. */
const PAGES = ['cnn', 'nytimes-2', 'nytimes-4', 'wapo-1', 'wapo-2'];
const MODES = {
  before: { marking: 'every', entityTypes: { GROUP: true } },
  calm: { marking: 'calm', entityTypes: { GROUP: false } },
  focus: { marking: 'focus', entityTypes: { GROUP: false } },
};
const OUT = path.join(ROOT, 'docs/calm-reading');
const VIEWPORT = { width: 760, height: 520 };
/** A dark site, as a reader of a dark-themed outlet sees one: light text on near-black. */
const DARK_SITE_CSS = `html, body { background: #121212 !important; }
body *:not(.bs-mark) { color: #e4e4e4 !important; background-color: transparent !important; border-color: #333 !important; }
a:not(.bs-mark) { color: #8ab4f8 !important; }`;

const screenshots = process.argv.includes('--screenshots');

/** Words of the article as Backstory reads it (Readability through the same extraction as the extension). */
function articleWords(id, url) {
  const html = fs.readFileSync(path.join(SHARED_PAGES, id, 'source.html'), 'utf8');
  const { window } = new JSDOM(html, { url });
  const text = extractArticle(window.document, url)?.map.text ?? '';
  return text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The marks a reader sees (quiet mentions are plain text), one per mark however many spans it takes. */
const visibleMarks = (page) =>
  page.evaluate(() => {
    const seen = new Set();
    const counts = { entity: 0, attribution: 0 };
    for (const el of document.querySelectorAll('span.bs-mark:not(.bs-quiet)')) {
      const kind = el.getAttribute('data-bs-kind');
      const id = `${kind}:${el.getAttribute('data-bs-start')}`;
      if (kind === 'saved' || seen.has(id)) continue;
      seen.add(id);
      counts[kind]++;
    }
    return counts;
  });

async function openPage(driver, url, dark) {
  const page = await driver.newPage();
  await page.setViewportSize(VIEWPORT);
  if (dark)
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, DARK_SITE_CSS);
  await page.bringToFront();
  await driver.goto(page, url);
  await waitForMarks(page, { min: 1, timeout: 20000 });
  return page;
}

/** Marks settle when two readings a second apart agree (painting runs in slices). */
async function settledMarks(page) {
  let last = '';
  return waitFor(
    async () => {
      const now = await visibleMarks(page);
      const same = JSON.stringify(now) === last;
      last = JSON.stringify(now);
      return same && now.entity + now.attribution > 0 ? now : null;
    },
    { timeout: 20000, interval: 1000, message: 'the marks to settle' },
  );
}

/** Scrolls the article's first paragraph with a visible mark to the top third of the view. */
const scrollToMarks = (page) =>
  page.evaluate(() => {
    const mark = document.querySelector('p span.bs-mark:not(.bs-quiet)');
    mark?.closest('p')?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });

/** `--before-ext DIR`: "before" comes from that build (main's, before calm reading), with its own defaults. */
const beforeAt = process.argv.indexOf('--before-ext');
const beforeExt = beforeAt > 0 ? path.resolve(process.argv[beforeAt + 1]) : null;

/** Measures (and pictures) each page in each mode with one build of the extension. */
async function measure(extDir, modes, rows) {
  const driver = await launchChromium({ extDir });
  try {
    for (const id of PAGES) {
      const url = server.url(`/shared/${id}/`);
      const row = (rows[id] ??= { id, words: articleWords(id, url) });
      for (const [mode, patch] of modes) {
        if (patch) await driver.send('settings/set', { patch });
        for (const dark of screenshots ? [false, true] : [false]) {
          const page = await openPage(driver, url, dark);
          try {
            const marks = await settledMarks(page);
            if (!dark) row[mode] = marks;
            if (screenshots && mode !== 'focus') {
              await scrollToMarks(page);
              await page.screenshot({ path: path.join(OUT, `${id}-${mode}-${dark ? 'dark' : 'light'}.png`) });
            }
          } finally {
            await page.close();
          }
        }
      }
    }
    if (screenshots && modes.some(([mode]) => mode === 'calm')) await pictureCards(driver);
  } finally {
    await driver.close();
  }
}

/** The card on a name of wapo-1, light and as a dark site; look-ups fail (closed network), as said last. */
async function pictureCards(driver) {
  await driver.send('settings/set', { patch: MODES.calm });
  for (const dark of [false, true]) {
    const page = await openPage(driver, server.url('/shared/wapo-1/'), dark);
    try {
      await settledMarks(page);
      await page.mouse.move(1, 1);
      const tabId = await driver.tabIdFor(page);
      await page.evaluate(() => {
        const mark = document.querySelector('p span.bs-mark[data-bs-kind="entity"][role="button"]');
        mark?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -60);
        mark?.focus({ preventScroll: true });
      });
      await waitFor(async () => (await driver.uiState(tabId))?.card?.text?.includes('could not be reached'), {
        timeout: 8000,
        message: 'the card, its look-up failed (closed network)',
      });
      await new Promise((resolve) => setTimeout(resolve, 400)); // the card's fade-in (0.12 s) is over
      await page.screenshot({ path: path.join(OUT, `card-${dark ? 'dark' : 'light'}.png`) });
    } finally {
      await page.close();
    }
  }
}

const server = await startServer();
const byId = {};
try {
  if (screenshots) fs.mkdirSync(OUT, { recursive: true });
  if (beforeExt) await measure(beforeExt, [['before', null]], byId);
  const modes = Object.entries(MODES).filter(([mode]) => !(beforeExt && mode === 'before'));
  await measure(E2E_CHROME_EXT, modes, byId);
} finally {
  await server.close();
}
const rows = PAGES.map((id) => byId[id]);

const per100 = (marks, words) => ((100 * (marks.entity + marks.attribution)) / words).toFixed(2);
console.log('page        words  before (every, groups)   calm (default)          focus');
for (const r of rows) {
  const cell = (m) => `${per100(m, r.words).padStart(5)} (${m.entity} + ${m.attribution})`.padEnd(24);
  console.log(`${r.id.padEnd(11)} ${String(r.words).padStart(5)}  ${cell(r.before)} ${cell(r.calm)} ${cell(r.focus)}`);
}
const total = (mode) => rows.reduce((n, r) => n + r[mode].entity + r[mode].attribution, 0);
const words = rows.reduce((n, r) => n + r.words, 0);
console.log(
  `all         ${String(words).padStart(5)}  ${((100 * total('before')) / words).toFixed(2)} per 100 words → calm ${((100 * total('calm')) / words).toFixed(2)}, focus ${((100 * total('focus')) / words).toFixed(2)}`,
);
console.log('(marks per 100 words; in brackets: names + vague attributions a reader sees)');
