import '../content/marks.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../../src/messages/extension-page';
import { Onboarding, type OnboardingApi } from '../../src/ui/onboarding/Onboarding';

const send = createClient<ExtensionPageRequests, ExtensionPageResponses>((message) =>
  browser.runtime.sendMessage(message),
);

const api: OnboardingApi = {
  getLookups: async () => (await send('settings/get', {})).settings.lookups,
  setLookups: async (on) => (await send('settings/set', { patch: { lookups: on } })).settings.lookups,
  markOnboarded: async () => void (await send('settings/set', { patch: { onboarded: true } })),
  // The reader may have changed or removed the manifest's suggested key: ask the browser.
  saveShortcut: async () =>
    (await browser.commands.getAll()).find((c) => c.name === 'save-highlight')?.shortcut || null,
  async close() {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  },
};

render(<Onboarding api={api} />, document.getElementById('app')!);
