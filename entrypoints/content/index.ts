import './marks.css';
import { browser } from 'wxt/browser';
import { pageCommands, parseMessage } from '../../src/messages/protocol';
import { PageController } from '../../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main() {
    if (window.top !== window) return;
    const controller = new PageController(
      window,
      (type, body) => browser.runtime.sendMessage({ type, body }) as Promise<never>,
    );
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = parseMessage(pageCommands, raw);
      return msg ? controller.command(msg.type, msg.body as Record<string, unknown>) : undefined;
    });
    // Backstory must never break the page: any failure stays in this script.
    controller.start().catch(() => {});
  },
});
