import './marks.css';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ContentRequests, ContentResponses } from '../../src/messages/content';
import { pageCommands } from '../../src/messages/page-commands';
import { route } from '../../src/messages/route';
import { pageCommandHandlers } from '../../src/page/commands';
import { PageController } from '../../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main() {
    if (window.top !== window) return;
    const send = createClient<ContentRequests, ContentResponses>((message) => browser.runtime.sendMessage(message));
    const controller = new PageController(window, send);
    const commands = pageCommandHandlers(controller);
    browser.runtime.onMessage.addListener((raw: unknown) => route(pageCommands, commands, raw, undefined));
    // Backstory must never break the page: any failure stays in this script.
    controller.start().catch(() => {});
  },
});
