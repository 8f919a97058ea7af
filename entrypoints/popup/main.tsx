import '../content/marks.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../../src/messages/extension-page';
import type { PageCommandResponses, PageCommands } from '../../src/messages/page-commands';
import { Popup, type PopupApi } from '../../src/ui/popup/Popup';

const send = createClient<ExtensionPageRequests, ExtensionPageResponses>((message) =>
  browser.runtime.sendMessage(message),
);
const toTab = (tabId: number) =>
  createClient<PageCommands, PageCommandResponses>((message) => browser.tabs.sendMessage(tabId, message));

const api: PopupApi = {
  async tab() {
    // Opened as a tab (tests, or "open in tab"), the page names the tab it is about.
    const param = new URLSearchParams(location.search).get('tab');
    const tab = param
      ? await browser.tabs.get(Number(param))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    // Without the "tabs" permission the tab's URL is hidden: its content script says which site it is on.
    const who = await toTab(tab.id)('page/whoami', {}).catch(() => null);
    return { id: tab.id, host: who?.host ?? null, orphans: who?.orphans ?? [], status: who?.status ?? null };
  },
  view: async (tabId) => (await send('view/page', { tabId })).view,
  siteEnabled: async (host) => !(await send('settings/get', {})).settings.disabledSites.includes(host.toLowerCase()),
  setSite: async (host, enabled) => void (await send('site/set', { host, enabled })),
  reveal: (tabId, target) => void toTab(tabId)('page/reveal', target).catch(() => {}),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<Popup api={api} />, document.getElementById('app')!);
