import './marks.css';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ContentRequests, ContentResponses } from '../../src/messages/content';
import { debugCommands } from '../../src/messages/debug';
import { pageCommands } from '../../src/messages/page-commands';
import { route } from '../../src/messages/route';
import { pageCommandHandlers } from '../../src/page/commands';
import { debugHandlers } from '../../src/page/debug/ui-state';
import { Page } from '../../src/page/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (window.top !== window) return;
    const send = createClient<ContentRequests, ContentResponses>((message) => browser.runtime.sendMessage(message));
    const page = new Page(ctx, window, send);
    const commands = pageCommandHandlers(page);
    // End-to-end test builds only: release builds leave this out entirely (a constant-false branch).
    const debug = import.meta.env.BACKSTORY_E2E ? debugHandlers(page) : null;
    const listener = (raw: unknown) =>
      route(pageCommands, commands, raw, undefined) ??
      (debug ? route(debugCommands, debug, raw, undefined) : undefined);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    // Backstory must never break the page: any failure stays in this script.
    page.refreshSettings().catch(() => {});
  },
});
