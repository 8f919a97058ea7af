// Regenerates docs/first-reader/*.png (issue 14's screenshots): the e2e build in Chromium on the team's
// fixture articles: the save bar with a note being written, the popup at Chrome's 600 px in light and dark,
// its words for a page in another language and for a tab that is gone, the onboarding and options pages.
// Needs `npm run build:e2e`.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/lib/chromium.mjs';
import { waitFor } from '../test/e2e/lib/harness.mjs';
import { ROOT } from '../test/e2e/lib/paths.mjs';
import { startServer } from '../test/e2e/lib/server.mjs';
import { FIXTURES } from '../test/e2e/specs/fixtures.mjs';
import { POPUP_SIZE, openBar, resize } from '../test/e2e/specs/first-reader.mjs';
import { dragSelectArticleText, popupTexts, savedHighlights, waitForMarks } from '../test/e2e/specs/page.mjs';

const OUT = path.join(ROOT, 'docs/first-reader');
const PAGE_SIZE = { width: 760, height: 900 };
fs.mkdirSync(OUT, { recursive: true });

const server = await startServer();
const driver = await launchChromium({ extDir: path.join(ROOT, '.output/e2e/chrome-mv3') });
const helper = driver.helper;
const shot = async (page, name, options = {}) => {
  await page.screenshot({ path: path.join(OUT, name), ...options });
  console.log(`docs/first-reader/${name}`);
};
const click = (page, rect) => page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);

try {
  // Article 1, then article 2 in the same tab: article 2 has earlier reading.
  const { page } = await driver.open(server.url(`/${FIXTURES.article1}`));
  await resize(page, PAGE_SIZE);
  await waitForMarks(page, { min: 3 });
  await driver.goto(page, server.url(`/${FIXTURES.article2}`));
  await waitForMarks(page, { min: 3 });
  const tabId = await driver.tabIdFor(page);

  // The save bar with the note field open, under the selection.
  const quote = await dragSelectArticleText(page, 30);
  const bar = await openBar(driver, tabId);
  await click(page, bar.buttons.find((b) => b.text === 'Add note').rect);
  await waitFor(async () => (await driver.uiState(tabId)).saveBar.focus === 'note', { message: 'the note field' });
  await page.keyboard.type('Which planting season?');
  const open = (await driver.uiState(tabId)).saveBar;
  const top = Math.max(0, open.rect.y - 90);
  await shot(page, 'save-bar-note.png', {
    clip: { x: 0, y: top, width: PAGE_SIZE.width, height: open.rect.y + open.rect.height + 20 - top },
  });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await savedHighlights(page)).length > 0, { message: `the highlight "${quote}"` });

  // The popup at 600 px, light and dark.
  await resize(helper, POPUP_SIZE);
  for (const colorScheme of ['light', 'dark']) {
    await helper.emulateMedia({ colorScheme });
    const popup = await driver.popup(tabId);
    await popupTexts(popup, '[data-testid="timeline"] [data-testid="event"]');
    await shot(popup, `popup-600-${colorScheme}.png`);
  }
  await helper.emulateMedia({ colorScheme: 'light' });
  await page.close();

  // A page in another language, then a tab that is gone.
  const french = await driver.open(server.url(`/${FIXTURES.nonEnglish}`));
  const frenchTab = await driver.tabIdFor(french.page);
  await waitFor(async () => (await driver.whoami(frenchTab))?.status?.state === 'unsupported-language', {
    timeout: 10000,
    message: 'the page to say it is in another language',
  });
  await popupTexts(await driver.popup(frenchTab), '[data-testid="empty"]');
  await shot(helper, 'popup-other-language.png', { clip: { x: 0, y: 0, width: 380, height: 420 } });
  await french.page.close();
  await popupTexts(await driver.popup(frenchTab), '[data-testid="error"]', { timeout: 12000 });
  await shot(helper, 'popup-tab-gone.png', { clip: { x: 0, y: 0, width: 380, height: 200 } });

  // Onboarding with its example card open; options in the dark scheme.
  await resize(helper, PAGE_SIZE);
  const onboarding = await driver.extensionPage('onboarding.html');
  await popupTexts(onboarding, '[data-testid="save-shortcut"]');
  await onboarding.focus('[data-testid="example-mark"]');
  await shot(onboarding, 'onboarding.png', { fullPage: true });
  await helper.emulateMedia({ colorScheme: 'dark' });
  const options = await driver.extensionPage('options.html');
  await popupTexts(options, 'h1');
  await shot(options, 'options-dark.png', { fullPage: true });
} finally {
  await driver.close();
  await server.close();
}
