import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../../src/messages/extension-page';
import { Options, type OptionsApi } from '../../src/ui/options/Options';

const send = createClient<ExtensionPageRequests, ExtensionPageResponses>((message) =>
  browser.runtime.sendMessage(message),
);

const api: OptionsApi = {
  getSettings: async () => (await send('settings/get', {})).settings,
  setSettings: async (patch) => (await send('settings/set', { patch })).settings,
  exportHighlights: (format) => send('highlights/export', { format }),
  importHighlights: (json) => send('highlights/import', { json }),
  eraseAll: async () => void (await send('data/erase', {})),
  download(filename, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  confirm: (q) => window.confirm(q),
};

render(<Options api={api} />, document.getElementById('app')!);
