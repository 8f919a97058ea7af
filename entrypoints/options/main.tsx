import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Settings } from '../../src/settings/settings';
import { Options, type OptionsApi } from '../../src/ui/options/Options';

const send = <T,>(type: string, body: unknown = {}) => browser.runtime.sendMessage({ type, body }) as Promise<T>;

const api: OptionsApi = {
  getSettings: async () => (await send<{ settings: Settings }>('settings/get')).settings,
  setSettings: async (patch) => (await send<{ settings: Settings }>('settings/set', { patch })).settings,
  exportHighlights: (format) => send('highlights/export', { format }),
  exportBackup: () => send('data/export'),
  importBackup: (json) => send('data/import', { json }),
  eraseAll: async () => void (await send('data/erase')),
  download(filename, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  confirm: (q) => window.confirm(q),
};

render(<Options api={api} />, document.getElementById('app')!);
