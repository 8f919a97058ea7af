// Chromium (Debian's /usr/bin/chromium, see browsers.mjs) driven by playwright-core, with the built MV3 extension loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { E2E_CHROME_EXT, requireBuild } from './paths.mjs';
import { waitFor, withTimeout } from './harness.mjs';
import { requireBrowser } from './browsers.mjs';
import { createDriverBase } from './driver.mjs';

const VIEWPORT = { width: 1280, height: 900 };

function flags(extDir) {
  const base = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    // Debian's build looks up Google hosts on every start; point them nowhere.
    '--gaia-url=http://127.0.0.1:9',
    '--google-apis-url=http://127.0.0.1:9',
    '--lso-url=http://127.0.0.1:9',
    // The network is closed: every non-loopback request goes to a dead proxy and fails at once.
    '--proxy-server=http://127.0.0.1:9',
    '--proxy-bypass-list=127.0.0.1;localhost',
  ];
  return extDir ? [...base, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : base;
}

function tempProfile() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-e2e-chromium-'));
}

/**
 * "Allow in Incognito" for the extension, as a reader switches it on in chrome://extensions (that page's own
 * API). Developer mode first: a command-line extension reloaded with it off comes back disabled.
 */
async function allowInIncognito(ctx, extensionId) {
  const page = await ctx.newPage();
  try {
    await page.goto('chrome://extensions/', { waitUntil: 'load', timeout: 10000 });
    await page.evaluate(async (id) => {
      await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      await chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    }, extensionId);
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Launches Chromium with the extension; returns the common driver (see driver.mjs) plus `cdp(page)`.
 * `allowPrivate`: the extension is allowed in incognito windows (Chromium reloads it for that).
 */
export async function launchChromium({ extDir = E2E_CHROME_EXT, allowPrivate = false } = {}) {
  requireBuild(extDir);
  const executablePath = requireBrowser('chromium');
  const profile = tempProfile();
  const ctx = await withTimeout(
    chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      args: flags(extDir),
      viewport: VIEWPORT,
    }),
    30000,
    'launching chromium',
  );
  const cleanup = async () => {
    await withTimeout(ctx.close(), 10000, 'closing chromium').catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    let [sw] = ctx.serviceWorkers();
    if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    const extensionId = new URL(sw.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const initial = ctx.pages();
    if (allowPrivate) await allowInIncognito(ctx, extensionId);
    const driver = createDriverBase({
      name: 'chromium',
      extensionOrigin,
      newPage: () => ctx.newPage(),
      async gotoExtensionPage(page, url) {
        // Refused while the extension reloads (allowPrivate): its pages come back with it.
        await waitFor(() => page.goto(url, { waitUntil: 'load', timeout: 10000 }).then(() => true), {
          timeout: 15000,
          interval: 200,
          message: `extension page ${url}`,
        });
      },
      // Pages of incognito windows too: Playwright files targets of unknown browser contexts under this one.
      pages: async () => ctx.pages(),
      close: cleanup,
    });
    await driver.init();
    // The start-up about:blank tab would be one more tab to tell apart from the article's.
    for (const page of initial) await page.close().catch(() => {});
    return {
      ...driver,
      newPage: () => ctx.newPage(),
      cdp: (page) => ctx.newCDPSession(page),
      extensionId,
      // Benches measure what the extension keeps on disk there.
      profile,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** A plain Chromium without the extension: the baseline for "no new page errors" on real pages. */
export async function launchPlainChromium() {
  const browser = await withTimeout(
    chromium.launch({ executablePath: requireBrowser('chromium'), headless: false, args: flags(null) }),
    30000,
    'launching chromium',
  );
  return {
    newPage: () => browser.newPage({ viewport: VIEWPORT }),
    close: () => withTimeout(browser.close(), 10000, 'closing chromium').catch(() => {}),
  };
}
