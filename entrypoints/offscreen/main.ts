import { browser, type Browser } from 'wxt/browser';
import { OFFSCREEN_READ, readPageHtml } from '../../src/background/read-page';
import { LIMITS } from '../../src/limits';
import { httpUrl, obj, str } from '../../src/messages/validate';

const request = obj({ html: str(LIMITS.pageHtml), url: httpUrl() });
const parser = new DOMParser();
const ownOrigin = browser.runtime.getURL('/');

// Only the background asks this page to read (content scripts' messages reach it too and are ignored).
browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(ownOrigin)) return undefined;
  const msg = raw as { type?: unknown; body?: unknown } | null;
  if (msg?.type !== OFFSCREEN_READ) return undefined;
  try {
    const { html, url } = request(msg.body);
    return Promise.resolve(readPageHtml(parser, html, url));
  } catch {
    return Promise.resolve(null);
  }
});
