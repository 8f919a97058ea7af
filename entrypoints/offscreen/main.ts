import { browser, type Browser } from 'wxt/browser';
import { readPageHtml } from '../../src/background/read-page';
import { offscreenRequests, type OffscreenRequests, type OffscreenResponses } from '../../src/messages/offscreen';
import { route, type Handlers } from '../../src/messages/route';

const parser = new DOMParser();
const ownOrigin = browser.runtime.getURL('/');
const handlers = {
  'offscreen/read': async ({ html, url }) => readPageHtml(parser, html, url),
} satisfies Handlers<OffscreenRequests, OffscreenResponses, void>;

// Only the background asks this page to read (content scripts' messages reach it too and are ignored).
browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(ownOrigin)) return undefined;
  return route(offscreenRequests, handlers, raw, undefined);
});
