// Firefox ESR (Debian's /usr/bin/firefox-esr, see browsers.mjs) driven by puppeteer-core over WebDriver BiDi, with the built MV2
// extension installed as a temporary add-on under a fixed moz-extension UUID.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { E2E_FIREFOX_EXT, FIREFOX_UUID, GECKO_ID, requireBuild } from './paths.mjs';
import { sleep, withTimeout } from './harness.mjs';
import { requireBrowser } from './browsers.mjs';
import { createDriverBase } from './driver.mjs';

const CLOSED_NETWORK_PREFS = {
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  // Every non-loopback request goes to a dead proxy and fails at once (loopback bypasses proxies).
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
};

async function launch(extraPrefs, { allowPrivate = false } = {}) {
  const executablePath = requireBrowser('firefox');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-e2e-firefox-'));
  // "Run in Private Windows", where Firefox's add-on manager keeps it: a permission in the profile, which
  // Firefox reads (and migrates) on start. No pref or WebDriver BiDi install option grants it any more.
  if (allowPrivate)
    fs.writeFileSync(
      path.join(profile, 'extension-preferences.json'),
      JSON.stringify({ [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: { ...CLOSED_NETWORK_PREFS, ...extraPrefs },
    }),
    45000,
    'launching firefox',
  );
  const close = async () => {
    const proc = browser.process();
    await withTimeout(browser.close(), 10000, 'closing firefox').catch(() => proc?.kill('SIGKILL'));
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/**
 * Puppeteer never sees a moz-extension:// page finish loading: start the navigation without awaiting it
 * and poll the page until it is at the address and loaded.
 */
async function gotoExtensionPage(page, url) {
  // Mark the current document, so that the same address before the navigation does not count as loaded.
  await page
    .evaluate(() => {
      window.__e2eLeaving = true;
    })
    .catch(() => {});
  page.goto(url, { timeout: 3000 }).catch(() => {});
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const state = await page.evaluate(() => ({
        href: location.href,
        ready: document.readyState,
        old: Boolean(window.__e2eLeaving),
      }));
      if (state.href === url && state.ready === 'complete' && !state.old) return;
    } catch {
      // navigating: the old document is gone, the new one not yet scriptable
    }
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
    await sleep(100);
  }
}

/**
 * Launches Firefox ESR with the extension; returns the common driver (see driver.mjs). `allowPrivate`: the
 * extension runs in private windows; `prefs`: more preferences (the reader's settings a test needs).
 */
export async function launchFirefox({ extDir = E2E_FIREFOX_EXT, allowPrivate = false, prefs = {} } = {}) {
  requireBuild(extDir);
  const { browser, close } = await launch(
    { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }), ...prefs },
    { allowPrivate },
  );
  try {
    const initial = await browser.pages();
    await withTimeout(browser.installExtension(extDir), 20000, 'installing the add-on');
    const driver = createDriverBase({
      name: 'firefox',
      extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
      newPage: () => browser.newPage(),
      gotoExtensionPage,
      pages: () => browser.pages(),
      close,
    });
    await driver.init();
    for (const page of initial) await page.close().catch(() => {});
    return driver;
  } catch (error) {
    await close();
    throw error;
  }
}

/** A plain Firefox without the extension: the baseline for "no new page errors" on real pages. */
export async function launchPlainFirefox() {
  const { browser, close } = await launch({});
  return { newPage: () => browser.newPage(), close };
}
