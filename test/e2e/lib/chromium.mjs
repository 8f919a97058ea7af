// Chromium (Debian's /usr/bin/chromium, see browsers.mjs) driven by playwright-core, with the built MV3 extension loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { E2E_CHROME_EXT, requireBuild } from './paths.mjs';
import { withTimeout } from './harness.mjs';
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

/** Launches Chromium with the extension; returns the common driver (see driver.mjs) plus `cdp(page)`. */
export async function launchChromium({ extDir = E2E_CHROME_EXT } = {}) {
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
    const driver = createDriverBase({
      name: 'chromium',
      extensionOrigin,
      newPage: () => ctx.newPage(),
      async gotoExtensionPage(page, url) {
        await page.goto(url, { waitUntil: 'load', timeout: 10000 });
      },
      close: cleanup,
    });
    await driver.init();
    // The start-up about:blank tab would be one more tab to tell apart from the article's.
    for (const page of initial) await page.close().catch(() => {});
    return { ...driver, newPage: () => ctx.newPage(), cdp: (page) => ctx.newCDPSession(page), extensionId };
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
