// axe-core in the real browser on the extension's own pages (popup, options, onboarding), in the light and
// the dark scheme. The component tests run axe too, but jsdom computes no styles: colour contrast can only
// be measured here.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { assert } from '../lib/harness.mjs';
import { FIXTURES } from './fixtures.mjs';
import { popupTexts, waitForMarks } from './page.mjs';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as "rule: target (summary)" lines; every rule on, the page's own as it is. */
async function violations(page) {
  // Evaluated through the debugging protocol, which the extension page's script policy does not restrict.
  await page.evaluate(AXE_SOURCE);
  const { list, contrastChecked } = await page.evaluate(async () => {
    const results = await globalThis.axe.run(document);
    return {
      list: results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ')})`),
      ),
      contrastChecked: [...results.passes, ...results.violations].some((r) => r.id === 'color-contrast'),
    };
  });
  assert(contrastChecked, `axe measured no text contrast on ${page.url()}`);
  return list;
}

/** The page is in the scheme asked for (its background says so, not only the media query). */
async function assertScheme(page, scheme) {
  const seen = await page.evaluate(() => ({
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  assert(seen.dark === (scheme === 'dark'), `${page.url()} is not in the ${scheme} scheme: ${JSON.stringify(seen)}`);
  const expected = scheme === 'dark' ? 'rgb(32, 33, 36)' : 'rgb(255, 255, 255)';
  assert(seen.background === expected, `${page.url()}'s background is ${seen.background}, not ${expected}`);
}

/** Opens every folded popup section, so that what it hides is checked too. */
const unfoldAll = (page) =>
  page.evaluate(() => {
    for (const fold of document.querySelectorAll('button[aria-expanded="false"]')) fold.click();
  });

/**
 * @param {{ driver: any, server: any, emulateColorScheme?: (page: any, scheme: 'light' | 'dark') => Promise<void> }} options
 * `emulateColorScheme`: only Chromium can switch `prefers-color-scheme` on a running page (Firefox's BiDi cannot):
 * without it, only the browser's own scheme (light) is checked.
 */
export function defineAccessibilityScenarios(suite, { driver, server, emulateColorScheme }) {
  for (const scheme of ['light', 'dark']) {
    const skip =
      scheme === 'dark' && !emulateColorScheme
        ? 'this browser cannot switch prefers-color-scheme on a running page'
        : false;
    suite.test(
      `axe, ${scheme}: popup (every section open), options and onboarding have no violations, contrast included`,
      async () => {
        const { page } = await driver.open(server.url(`/${FIXTURES.article1}`));
        const helper = driver.helper;
        try {
          await waitForMarks(page, { min: 3 });
          await driver.goto(page, server.url(`/${FIXTURES.article2}`));
          await waitForMarks(page, { min: 3 });
          const tabId = await driver.tabIdFor(page);
          await emulateColorScheme?.(helper, scheme);
          const found = {};
          const popup = await driver.popup(tabId);
          await popupTexts(popup, '[data-testid="timeline"] [data-testid="event"]');
          await unfoldAll(popup);
          await assertScheme(popup, scheme);
          found.popup = await violations(popup);
          const options = await driver.extensionPage('options.html');
          await popupTexts(options, 'h1');
          await assertScheme(options, scheme);
          found.options = await violations(options);
          const onboarding = await driver.extensionPage('onboarding.html');
          await popupTexts(onboarding, '[data-testid="save-shortcut"]');
          await onboarding.focus('[data-testid="example-mark"]');
          await assertScheme(onboarding, scheme);
          found.onboarding = await violations(onboarding);
          const all = Object.entries(found).flatMap(([where, list]) => list.map((v) => `${where}: ${v}`));
          assert(all.length === 0, `${all.length} violations:\n${all.join('\n')}`);
        } finally {
          await emulateColorScheme?.(helper, 'light').catch(() => {});
          await driver.popup().catch(() => {});
          await page.close().catch(() => {});
        }
      },
      { skip, timeout: 45000 },
    );
  }
}
