// Regenerates docs/screenshot.png (the README's picture): the e2e build in Chromium on a team-written
// article, with a card open, its background served by the fake Wikimedia server. Needs `npm run build:e2e`.
import fs from 'node:fs';
import path from 'node:path';
import { startFakeWikimedia } from '../test/fixtures/wikimedia/server.ts';
import { launchChromium } from '../test/e2e/lib/chromium.mjs';
import { ROOT } from '../test/e2e/lib/paths.mjs';
import { startServer } from '../test/e2e/lib/server.mjs';
import { hover, waitForMarks } from '../test/e2e/specs/page.mjs';
import { waitFor } from '../test/e2e/lib/harness.mjs';
import { WIKIMEDIA_PORT } from '../test/e2e/lib/wikimedia-port.mjs';

const wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT });
const server = await startServer();
const driver = await launchChromium({ extDir: path.join(ROOT, '.output/e2e/chrome-mv3') });
try {
  // An earlier article first, so the card has history to show.
  const first = await driver.open(server.url('/article-1.html'));
  await waitForMarks(first.page, { min: 5 });
  await first.page.close();
  const { page } = await driver.open(server.url('/knowledge-2020.html'));
  await page.setViewportSize?.({ width: 1100, height: 760 });
  await waitForMarks(page, { min: 5, within: 'article' });
  const tabId = await driver.tabIdFor(page);
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('span.bs-mark[data-bs-kind="entity"]')].findIndex(
      (m) => m.textContent === 'Fuad Hussein',
    ),
  );
  await hover(page, 'span.bs-mark[data-bs-kind="entity"]', index);
  await waitFor(async () => (await driver.uiState(tabId))?.card?.text?.includes('At the time of this article'), {
    timeout: 6000,
    message: 'the card',
  });
  await new Promise((r) => setTimeout(r, 400));
  fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
  console.log('docs/screenshot.png written');
} finally {
  await driver.close();
  await server.close();
  await wikimedia.close();
}
