// What both browsers' drivers share. Pages are Playwright or Puppeteer pages; the specs only use the
// part of their API the two have in common: goto, reload, evaluate(fn, arg), mouse, keyboard, url, close.
//
// The extension's hooks (test/e2e/CONTRACT.md) are reached from a "helper" tab showing the extension's
// popup.html: it sends `page/whoami` and (e2e builds only) `debug/ui-state` and `debug/marks` to a tab and shows `popup.html?tab=<id>`.

/** @param {{ name: string, extensionOrigin: string, newPage: () => Promise<any>,
 *   gotoExtensionPage: (page: any, url: string) => Promise<void>, pages: () => Promise<any[]>,
 *   close: () => Promise<void> }} impl */
export function createDriverBase(impl) {
  let helper;
  const popupUrl = (tabId) => `${impl.extensionOrigin}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`;

  return {
    name: impl.name,
    extensionOrigin: impl.extensionOrigin,
    async init() {
      helper = await impl.newPage();
      await impl.gotoExtensionPage(helper, popupUrl());
    },
    get helper() {
      return helper;
    },

    /** Opens a web page in a new tab, recording its console errors and uncaught errors from the start. */
    async open(url) {
      const page = await impl.newPage();
      const errors = watchErrors(page);
      await page.bringToFront(); // keyboard and focus go to the selected tab
      await goto(page, url);
      return { page, errors };
    },

    goto,

    /**
     * Opens `url` in a new private (incognito) window, the way an extension can (`windows.create`): the
     * launcher must have allowed the extension there. Returns the page, its tab id and a `close()`.
     */
    async openPrivateWindow(url) {
      const { windowId, tabId, incognito } = await helper.evaluate(async (url) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const win = await api.windows.create({ incognito: true, url });
        return { windowId: win.id, tabId: win.tabs?.[0]?.id, incognito: win.incognito };
      }, url);
      if (!incognito) throw new Error(`windows.create({ incognito: true }) made a window that is not private`);
      const page = await waitForPage(() => impl.pages(), url);
      const errors = watchErrors(page);
      await page.bringToFront();
      if (!(await loaded(page, url))) throw new Error(`${url} did not load in the private window`);
      const close = () =>
        helper.evaluate((id) => (globalThis.browser ?? globalThis.chrome).windows.remove(id), windowId).catch(() => {});
      return { page, tabId, errors, close };
    },

    /** Reloads the page and waits until it has loaded again. */
    async reload(page) {
      const url = page.url();
      await page.evaluate(() => {
        window.__e2eBeforeReload = true;
      });
      await settle(page.reload({ waitUntil: 'load', timeout: 20000 }), page, url, true);
    },

    /**
     * The extension's id for the tab showing `page`. Without the "tabs" permission an extension page does not
     * see other tabs' URLs; then the article's tab is the one tab whose content script answers
     * `page/whoami` (the runners keep one web tab open at a time; extension pages have no content script).
     */
    async tabIdFor(page) {
      const { me, tabs } = await helper.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const current = await api.tabs.getCurrent();
        const all = await api.tabs.query({});
        const tabs = await Promise.all(
          all.map(async (t) => ({
            id: t.id,
            url: t.url,
            answers: await api.tabs.sendMessage(t.id, { type: 'page/whoami', body: {} }).then(Boolean, () => false),
          })),
        );
        return { me: current?.id, tabs };
      });
      const others = tabs.filter((t) => t.id !== me);
      const byUrl = others.filter((t) => t.url === page.url());
      if (byUrl.length === 1) return byUrl[0].id;
      const answering = others.filter((t) => t.answers);
      if (answering.length === 1 && answering[0].url === undefined) return answering[0].id;
      throw new Error(`cannot tell the article's tab apart: ${JSON.stringify(others)}`);
    },

    /** The content script's answer to `debug/ui-state` (CONTRACT.md), sent from the helper tab. */
    uiState(tabId) {
      return helper.evaluate(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return api.tabs.sendMessage(id, { type: 'debug/ui-state', body: {} });
      }, tabId);
    },

    /** What each painted mark of the tab stands for (`debug/marks`, e2e builds only): never in the page's DOM. */
    async marks(tabId) {
      const reply = await helper.evaluate(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return api.tabs.sendMessage(id, { type: 'debug/marks', body: {} });
      }, tabId);
      return reply?.marks ?? [];
    },

    /** What the tab's content script says about its page (`page/whoami`). */
    whoami(tabId) {
      return helper.evaluate(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return api.tabs.sendMessage(id, { type: 'page/whoami', body: {} });
      }, tabId);
    },

    /** Sends a message to the background from the helper tab (an extension page, so privileged requests too). */
    send(type, body = {}) {
      return helper.evaluate(
        async ({ type, body }) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type, body }),
        { type, body },
      );
    },

    /** Shows `popup.html?tab=<tabId>` in the helper tab and returns that page (to query its DOM). */
    async popup(tabId) {
      await impl.gotoExtensionPage(helper, popupUrl(tabId));
      return helper;
    },

    /** Shows another of the extension's pages (`options.html`, `onboarding.html`) in the helper tab and returns it. */
    async extensionPage(file) {
      await impl.gotoExtensionPage(helper, `${impl.extensionOrigin}/${file}`);
      return helper;
    },

    close: impl.close,
  };
}

/**
 * Loads `url` in `page`. Firefox's WebDriver BiDi fails a navigation ("Address rejected") when one of the
 * page's frames cannot reach the closed network, although the page itself loads: then wait for it directly.
 */
export function goto(page, url) {
  return settle(page.goto(url, { waitUntil: 'load', timeout: 20000 }), page, url, false);
}

async function settle(navigation, page, url, reloaded) {
  try {
    await navigation;
  } catch (error) {
    if (!(await loaded(page, url, reloaded))) throw error;
  }
}

/** Whether `page` shows `url`, fully loaded (after a reload: the new document), within 20 s. */
async function loaded(page, url, reloaded = false) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState, stale: Boolean(window.__e2eBeforeReload) }))
      .catch(() => null);
    if (state && state.href === url && state.ready === 'complete' && !(reloaded && state.stale)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The page the browser shows at `url`, once its driver knows it. */
async function waitForPage(pages, url) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const page = (await pages()).find((p) => p.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no page at ${url}`);
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = { console: [], uncaught: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.console.push(msg.text());
  });
  page.on('pageerror', (error) => errors.uncaught.push(String(error?.message ?? error)));
  return errors;
}
