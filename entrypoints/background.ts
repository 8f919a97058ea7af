import { browser, type Browser } from 'wxt/browser';
import { createEntityRecognizer, MODEL_FILE, type EntityRecognizer } from '../src/analysis/entities';
import type { ReadArticle } from '../src/analysis/extract/read-article';
import { createHandlers } from '../src/background/handlers';
import { readPageHtml } from '../src/background/read-page';
import {
  createDexieKnowledgeCache,
  createKnowledgeService,
  createMemoryKnowledgeCache,
  type KnowledgeCache,
  wikimediaUserAgent,
} from '../src/knowledge';
import { createClient, type Transport } from '../src/messages/client';
import { contentRequests } from '../src/messages/content';
import { extensionPageRequests } from '../src/messages/extension-page';
import type { OffscreenRequests, OffscreenResponses } from '../src/messages/offscreen';
import type { PageCommandResponses, PageCommands } from '../src/messages/page-commands';
import { route } from '../src/messages/route';
import { openDatabase } from '../src/store/schema';

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);
const toOffscreen = createClient<OffscreenRequests, OffscreenResponses>(runtimeTransport);
/** Commands to one tab's content script. */
const toTab = (tabId: number) =>
  createClient<PageCommands, PageCommandResponses>((message) => browser.tabs.sendMessage(tabId, message));

/** Firefox's background page has a DOM; Chrome's service worker asks an offscreen document. */
let offscreen: Promise<void> | null = null;
async function readPage(html: string, url: string): Promise<ReadArticle | null> {
  if (typeof DOMParser === 'function') return readPageHtml(new DOMParser(), html, url);
  offscreen ??= browser.offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Run Readability on article HTML without blocking the page being read',
    })
    .catch((e: unknown) => {
      // Already open (the service worker restarted while the document lived on): use it.
      if (!String(e).includes('single offscreen')) {
        offscreen = null;
        throw e;
      }
    });
  await offscreen;
  return toOffscreen('offscreen/read', { html, url });
}

export default defineBackground(() => {
  const db = openDatabase();
  let recognizer: Promise<EntityRecognizer> | null = null;
  let knowledge: ReturnType<typeof createKnowledgeService> | null = null;
  let privateKnowledge: ReturnType<typeof createKnowledgeService> | null = null;
  // Only end-to-end test builds set this (a fake Wikimedia server on 127.0.0.1); releases use Wikimedia.
  const testBase = import.meta.env.WXT_TEST_WIKIMEDIA_BASE as string | undefined;
  const knowledgeService = (cache: KnowledgeCache) =>
    createKnowledgeService({
      fetch: (input, init) => fetch(input, init),
      cache,
      userAgent: wikimediaUserAgent(browser.runtime.getManifest().version),
      ...(testBase ? { wikipediaBase: testBase, wikidataBase: testBase } : {}),
    });

  const handlers = createHandlers({
    db,
    // The weights load once, on the first article, never on browser start-up.
    recognizer: () =>
      (recognizer ??= fetch(browser.runtime.getURL(`/model/${MODEL_FILE}` as '/'))
        .then((r) => r.arrayBuffer())
        .then((b) => createEntityRecognizer(new Uint8Array(b)))),
    // A private window's look-ups are cached in memory only, so nothing of them reaches the disk.
    knowledge: (incognito) =>
      incognito
        ? (privateKnowledge ??= knowledgeService(createMemoryKnowledgeCache()))
        : (knowledge ??= knowledgeService(createDexieKnowledgeCache())),
    now: () => Date.now(),
    readPage,
    askTabUrl: async (tabId) => (await toTab(tabId)('page/whoami', {})).url,
    broadcastSettings: () => {
      void browser.tabs.query({}).then((tabs) => {
        for (const tab of tabs) {
          if (tab.id !== undefined) toTab(tab.id)('page/settings-changed', {}).catch(() => {});
        }
      });
    },
  });

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // The browser sets sender.url: a page of ours (popup, options, even opened in a tab) is privileged;
    // a content script's sender.url is the web page it runs in.
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    if (fromExtensionPage) {
      const reply = route(extensionPageRequests, handlers.extensionPage, raw, undefined);
      if (reply) return reply;
    }
    return route(contentRequests, handlers.content, raw, {
      tabId: sender.tab?.id ?? -1,
      incognito: sender.tab?.incognito ?? false,
      url: sender.tab?.url ?? null,
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => handlers.forgetTab(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({
      id: 'save-highlight',
      title: 'Save highlight with Backstory',
      contexts: ['selection'],
    });
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'save-highlight' && tab?.id !== undefined) {
      toTab(tab.id)('page/save-selection', {}).catch(() => {});
    }
  });
  // The manifest's keyboard commands, by name.
  const keyboardCommands: Record<string, 'page/save-selection' | 'page/toggle'> = {
    'save-highlight': 'page/save-selection',
    'toggle-highlights': 'page/toggle',
  };
  browser.commands.onCommand.addListener((command, tab) => {
    const type = keyboardCommands[command];
    if (type && tab?.id !== undefined) toTab(tab.id)(type, {}).catch(() => {});
  });

  // Ask the browser not to evict the reader's highlights under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
});
