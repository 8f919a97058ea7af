import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../src/ui/popup/Popup';
import type { PageView } from '../../src/store/page-view';
import type { Settings } from '../../src/settings/settings';

const send = <T,>(type: string, body: unknown = {}) => browser.runtime.sendMessage({ type, body }) as Promise<T>;

const api: PopupApi = {
  async tab() {
    // Opened as a tab (tests, or "open in tab"), the page names the tab it is about.
    const param = new URLSearchParams(location.search).get('tab');
    const tab = param
      ? await browser.tabs.get(Number(param))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    // Without the "tabs" permission the tab's URL is hidden: its content script says which site it is on.
    const who = (await browser.tabs.sendMessage(tab.id, { type: 'page/whoami', body: {} }).catch(() => null)) as {
      host?: unknown;
      orphans?: unknown;
    } | null;
    const orphans = Array.isArray(who?.orphans) ? who.orphans.filter((id): id is string => typeof id === 'string') : [];
    return { id: tab.id, host: typeof who?.host === 'string' ? who.host : null, orphans };
  },
  view: async (tabId) => (await send<{ view: PageView | null }>('view/page', { tabId })).view,
  siteEnabled: async (host) =>
    !(await send<{ settings: Settings }>('settings/get')).settings.disabledSites.includes(host.toLowerCase()),
  setSite: async (host, enabled) => void (await send('site/set', { host, enabled })),
  reveal: (tabId, target) =>
    void browser.tabs.sendMessage(tabId, { type: 'page/reveal', body: target }).catch(() => {}),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<Popup api={api} />, document.getElementById('app')!);
